package org.healthdirectory.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached is an outage (503, try again), not a fault in our code (500). */
@Tag("unit")
class OutagesTest {

    @Test
    void noFreeConnectionOrARestartingServerIsAnOutage() {
        assertTrue(Outages.databaseUnreachable(new PersistenceException(
                new SQLTransientConnectionException("Acquisition timeout while waiting for new connection"))));
        assertTrue(Outages.databaseUnreachable(
                new RuntimeException(new SQLException("the database system is starting up", "57P03"))));
        assertTrue(Outages.databaseUnreachable(new SQLException("Connection refused", "08001")));
    }

    @Test
    void aRefusedWriteOrABugIsNot() {
        assertFalse(Outages.databaseUnreachable(new SQLException("duplicate key value", "23505")));
        assertFalse(Outages.databaseUnreachable(new IllegalStateException("a bug")));
        assertFalse(Outages.databaseUnreachable(new SQLException("no state")));
    }
}

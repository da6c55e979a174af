package org.healthdirectory.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a request that failed because the database could not be reached (stopped, restarting, or no
 * connection free in time) from a fault in our code. The first is a short outage: the answer is 503
 * "try again in a few minutes", not a 500 with a reference to report.
 */
final class Outages {

    private Outages() {}

    static boolean databaseUnreachable(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLTransientConnectionException
                    || e instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQLSTATE class 08 is "connection exception"; 57P01-57P03: the server is shutting down or starting up.
            if (e instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }
}

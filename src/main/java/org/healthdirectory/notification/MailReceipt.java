package org.healthdirectory.notification;

import java.time.Duration;
import java.util.UUID;

/**
 * What a "check your email" page says about one email (fragments/mail-receipt): whether it has gone,
 * is on its way or is waiting for our mail server, and the "Send it again" button. showState is false
 * where the state would tell a stranger whether an address is known (sign-in).
 */
public record MailReceipt(
        UUID id, MailOutbox.State state, boolean showState, String againAction, Duration keptTrying, String problem) {

    public static MailReceipt of(UUID id, MailOutbox.State state, String againAction, Duration keptTrying) {
        return new MailReceipt(id, state, true, againAction, keptTrying, null);
    }

    /** For pages that must look the same whatever happened. */
    public static MailReceipt withoutState(UUID id, String againAction) {
        return new MailReceipt(id, MailOutbox.State.UNKNOWN, false, againAction, Duration.ZERO, null);
    }

    public MailReceipt withProblem(String message) {
        return new MailReceipt(id, state, showState, againAction, keptTrying, message);
    }

    public boolean sent() {
        return showState && state == MailOutbox.State.SENT;
    }

    public boolean onItsWay() {
        return showState && state == MailOutbox.State.SENDING;
    }

    public boolean retrying() {
        return showState && state == MailOutbox.State.RETRYING;
    }

    public boolean failed() {
        return showState && state == MailOutbox.State.FAILED;
    }

    /** Parses a receipt from a query parameter; null for anything that is not one. */
    public static UUID parse(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.healthdirectory.notification;

/**
 * An email to send: who to, the subject and the plain-text body (rendered from a template in
 * templates/). Hand it to {@link MailOutbox#queue} inside the transaction that causes it.
 */
public record OutgoingMail(String to, String subject, String text) {}

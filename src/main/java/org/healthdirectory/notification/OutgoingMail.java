package org.healthdirectory.notification;

/**
 * An email to send once the current transaction has committed (fire it as a CDI event). If the
 * transaction rolls back, nothing is sent, so nobody gets a link to something that was not saved.
 */
public record OutgoingMail(String to, String subject, String text) {}

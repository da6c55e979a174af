package org.healthdirectory.web;

/**
 * The few sentences the error pages write themselves, in the reader's language. The language feature
 * supplies them (it depends on web, not the other way round, so the packages stay free of cycles).
 */
public interface ErrorWords {

    String checkEntered();

    String notAllowed();

    String unreadableForm();

    String controlCharacters();
}

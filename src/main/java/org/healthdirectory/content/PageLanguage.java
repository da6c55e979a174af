package org.healthdirectory.content;

/**
 * The language the reader chose, for editorial pages: "pl", or "en" for English. The language feature
 * supplies it (it depends on content, not the other way round, so the packages stay free of cycles).
 */
public interface PageLanguage {

    String code();
}

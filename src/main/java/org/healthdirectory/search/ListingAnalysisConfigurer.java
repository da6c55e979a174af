package org.healthdirectory.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * How listing text is analysed: English stemming ("walks" finds "walking"), accents folded
 * ("café" finds "cafe"), and, at search time, the editorial synonyms from content/synonyms.txt
 * ("rambling" finds "walking").
 */
@SearchExtension
public class ListingAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    static final String SYNONYMS_RESOURCE = "content/synonyms.txt";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer("english")
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "english_possessive", "english_stop", "english_stemmer");
        context.analyzer("english_search")
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "lowercase",
                        "asciifolding",
                        "directory_synonyms",
                        "english_possessive",
                        "english_stop",
                        "english_stemmer");
        context.analyzer("plain").custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("english_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("english_stemmer").type("stemmer").param("language", "english");
        context.tokenFilter("directory_synonyms")
                .type("synonym_graph")
                .param("lenient", true)
                .param("synonyms", synonymRules().toArray(String[]::new));
        context.normalizer("sort").custom().tokenFilters("lowercase", "asciifolding");
    }

    /** Solr-format rules, one per line; blank lines and # comments are skipped. */
    static List<String> synonymRules() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SYNONYMS_RESOURCE);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + SYNONYMS_RESOURCE, e);
        }
    }
}

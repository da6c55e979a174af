package org.healthdirectory.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Index names carry a prefix from {@code directory.search.index-prefix}, so the demo and the tests
 * can share one OpenSearch without touching each other's index. Aliases let a reindex swap indexes.
 */
@SearchExtension
public class PrefixedIndexLayout implements IndexLayoutStrategy {

    private final String prefix = ConfigProvider.getConfig()
            .getOptionalValue("directory.search.index-prefix", String.class)
            .orElse("directory-");

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        // "<prefix><name>-000001" → "<name>", as the default layout does without a prefix.
        String withoutPrefix = elasticsearchIndexName.startsWith(prefix)
                ? elasticsearchIndexName.substring(prefix.length())
                : elasticsearchIndexName;
        int dash = withoutPrefix.lastIndexOf('-');
        return dash < 0 ? withoutPrefix : withoutPrefix.substring(0, dash);
    }
}

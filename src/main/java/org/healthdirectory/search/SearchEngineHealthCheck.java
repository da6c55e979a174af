package org.healthdirectory.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.http.client.config.RequestConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * OpenSearch in readiness: reported ("ok" or "degraded"), never DOWN. Every instance shares the one
 * cluster, so taking them all out of the load balancer when it is down would turn "search is not
 * working" into "the whole site is down", while listing pages, registration and the console work without
 * it and search pages say it is not working. Asked with short timeouts: a cluster that has lost its
 * manager would otherwise hold the probe for 30 s (seen in the scale-out drill).
 */
@Readiness
@ApplicationScoped
public class SearchEngineHealthCheck implements HealthCheck {

    private static final RequestOptions QUICK = RequestOptions.DEFAULT.toBuilder()
            .setRequestConfig(RequestConfig.custom()
                    .setConnectTimeout(1000)
                    .setSocketTimeout(2000)
                    .build())
            .build();

    private final SearchMapping searchMapping;

    SearchEngineHealthCheck(SearchMapping searchMapping) {
        this.searchMapping = searchMapping;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("OpenSearch").up();
        try {
            RestClient client =
                    searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            Request request = new Request("GET", "/_cluster/health");
            request.addParameter("cluster_manager_timeout", "1s");
            request.setOptions(QUICK);
            Response health = client.performRequest(request);
            String body = new String(health.getEntity().getContent().readAllBytes());
            boolean red = body.contains("\"status\":\"red\"");
            return response.withData("state", red ? "degraded" : "ok")
                    .withData("cluster", red ? "red" : "ok")
                    .build();
        } catch (Exception e) {
            return response.withData("state", "degraded")
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}

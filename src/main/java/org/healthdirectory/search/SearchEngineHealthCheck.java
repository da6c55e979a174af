package org.healthdirectory.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/** Ready only when OpenSearch answers and its cluster is not red. */
@Readiness
@ApplicationScoped
public class SearchEngineHealthCheck implements HealthCheck {

    private final SearchMapping searchMapping;

    SearchEngineHealthCheck(SearchMapping searchMapping) {
        this.searchMapping = searchMapping;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("OpenSearch");
        try {
            RestClient client =
                    searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            Response health = client.performRequest(new Request("GET", "/_cluster/health"));
            String body = new String(health.getEntity().getContent().readAllBytes());
            boolean red = body.contains("\"status\":\"red\"");
            return response.status(!red).withData("cluster", red ? "red" : "ok").build();
        } catch (Exception e) {
            return response.down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}

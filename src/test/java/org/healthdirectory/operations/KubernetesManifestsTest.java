package org.healthdirectory.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The hand-written manifests in deploy/kubernetes, read as Kubernetes would: what an operator relies
 * on (two replicas that survive a node drain, probes, limits, TLS, every secret supplied, forwarded
 * headers believed only from the ingress) is checked here, so an edit cannot quietly drop it.
 */
@Tag("unit")
class KubernetesManifestsTest {

    private static final Path FOLDER = Path.of("deploy", "kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<JsonNode> RESOURCES = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    continue;
                }
                try (var parser = YAML.getFactory().createParser(file.toFile())) {
                    YAML.readValues(parser, JsonNode.class).forEachRemaining(RESOURCES::add);
                }
            }
        }
    }

    private static JsonNode the(String kind) {
        List<JsonNode> found = RESOURCES.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .toList();
        assertEquals(1, found.size(), () -> "one " + kind);
        return found.get(0);
    }

    private static JsonNode app() {
        return the("Deployment").at("/spec/template/spec/containers/0");
    }

    @Test
    void everyManifestIsListedInTheKustomization() throws IOException {
        JsonNode kustomization =
                YAML.readTree(FOLDER.resolve("kustomization.yaml").toFile());
        Set<String> listed = new HashSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(FOLDER)) {
            files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                    .forEach(f -> assertTrue(listed.contains(f), f + " is applied by kubectl apply -k"));
        }
    }

    @Test
    void twoOrMoreInstancesRunAndADrainLeavesOneServing() {
        JsonNode deployment = the("Deployment");
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2);
        assertEquals(
                0, deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt());
        JsonNode pdb = the("PodDisruptionBudget");
        assertTrue(pdb.at("/spec/minAvailable").asInt() >= 1);
        assertEquals(deployment.at("/spec/selector/matchLabels"), pdb.at("/spec/selector/matchLabels"), "same pods");
    }

    @Test
    void theAppHasProbesOnTheHealthEndpointsAndAMemoryLimit() {
        JsonNode app = app();
        assertEquals("/q/health/started", app.at("/startupProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", app.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", app.at("/livenessProbe/httpGet/path").asText());
        assertFalse(app.at("/resources/requests/cpu").isMissingNode());
        assertFalse(app.at("/resources/requests/memory").isMissingNode());
        assertFalse(app.at("/resources/limits/memory").isMissingNode());
        assertTrue(the("Deployment")
                .at("/spec/template/spec/securityContext/runAsNonRoot")
                .asBoolean());
    }

    @Test
    void theServiceAndATlsIngressReachTheApp() {
        JsonNode service = the("Service");
        assertEquals(
                the("Deployment").at("/spec/selector/matchLabels"), service.at("/spec/selector"), "selects the app");
        JsonNode ingress = the("Ingress");
        JsonNode tls = ingress.at("/spec/tls/0");
        assertFalse(tls.path("secretName").asText().isBlank(), "TLS certificate");
        assertEquals(
                ingress.at("/spec/rules/0/host").asText(), tls.at("/hosts/0").asText(), "TLS covers the host");
        assertEquals(
                service.at("/metadata/name").asText(),
                ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText());
    }

    /** Every environment variable that a password, secret or key setting reads comes from the Secret. */
    @Test
    void everySecretTheAppReadsIsInTheSecretAndNotTheConfigMap() throws IOException {
        Set<String> secretKeys = new HashSet<>();
        the("Secret").path("stringData").fieldNames().forEachRemaining(secretKeys::add);
        Set<String> configKeys = new HashSet<>();
        the("ConfigMap").path("data").fieldNames().forEachRemaining(configKeys::add);
        Pattern secretSetting = Pattern.compile(
                "^([a-z][\\w.\\-\"]*(password|secret|key|username|user)[\\w.\\-\"]*)=\\$\\{([A-Z_]+)",
                Pattern.MULTILINE);
        Matcher m = secretSetting.matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        Set<String> needed = new HashSet<>();
        while (m.find()) {
            needed.add(m.group(3));
        }
        assertTrue(
                needed.containsAll(Set.of("DB_PASSWORD", "OIDC_CLIENT_SECRET", "CSRF_SIGNATURE_KEY")),
                needed::toString);
        for (String variable : needed) {
            assertTrue(secretKeys.contains(variable), variable + " is in the Secret");
            assertFalse(configKeys.contains(variable), variable + " is not in the ConfigMap");
        }
        JsonNode envFrom = app().path("envFrom");
        assertTrue(envFrom.findValuesAsText("name")
                .containsAll(List.of(
                        the("Secret").at("/metadata/name").asText(),
                        the("ConfigMap").at("/metadata/name").asText())));
    }

    @Test
    void forwardedHeadersAreBelievedOnlyFromTheIngressController() {
        JsonNode config = the("ConfigMap").path("data");
        assertEquals(
                "true",
                config.path("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").asText());
        assertFalse(config.path("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").asText().isBlank(), "trusted proxies named");
        JsonNode policy = the("NetworkPolicy");
        assertEquals(the("Deployment").at("/spec/selector/matchLabels"), policy.at("/spec/podSelector/matchLabels"));
        JsonNode from = policy.at("/spec/ingress/0/from");
        assertEquals(1, policy.at("/spec/ingress").size(), "one way in");
        assertEquals(
                "ingress-nginx",
                from.at("/0/namespaceSelector/matchLabels").elements().next().asText());
    }

    @Test
    void theFirstStartJobMigratesLoadsPostcodesAndReindexes() {
        JsonNode job = the("Job");
        JsonNode container = job.at("/spec/template/spec/containers/0");
        assertEquals(app().path("image"), container.path("image"), "the same image as the app");
        List<String> env = container.path("env").findValuesAsText("name");
        assertTrue(env.containsAll(List.of("SEARCH_REINDEX_ON_START", "DIRECTORY_POSTCODES_FILE")), env::toString);
        assertEquals("Never", job.at("/spec/template/spec/restartPolicy").asText());
    }
}

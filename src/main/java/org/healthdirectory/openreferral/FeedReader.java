package org.healthdirectory.openreferral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.healthdirectory.web.DirectoryConfig;

/**
 * Reads ORUK/HSDS 3.0 services from a feed: JSON text (one service, an array, or a page with
 * "contents"), ndjson (one service a line), or an ORUK API's paged /services URL. When a page lists
 * only the basics of each service, each one is fetched whole from /services/{id}.
 */
@ApplicationScoped
public class FeedReader {

    /** A feed we cannot read at all (not JSON, not reachable): the import fails with this message. */
    public static class UnreadableFeed extends RuntimeException {
        UnreadableFeed(String message) {
            super(message);
        }
    }

    private static final int MAX_PAGES = 1000;

    private static final int MAX_REDIRECTS = 5;

    private final ObjectMapper json;
    private final boolean allowPrivateAddresses;
    // Redirects are followed by hand, so each address on the way is checked (see checkPublic).
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    FeedReader(ObjectMapper json, DirectoryConfig config) {
        this(json, config.openReferral().allowPrivateAddresses());
    }

    FeedReader(ObjectMapper json, boolean allowPrivateAddresses) {
        this.json = json;
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    public List<JsonNode> read(String text) {
        if (text.isBlank()) {
            throw new UnreadableFeed("The file is empty.");
        }
        // One reader for both: ndjson is a run of JSON values, a JSON file is a run of one.
        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> it = json.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNextValue()) {
                values.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFeed("The file is not JSON or ndjson (one JSON object a line).");
        }
        if (values.size() == 1) {
            return services(values.get(0));
        }
        return values;
    }

    /** Hands the services behind a URL to the sink a page at a time. */
    public void read(URI url, Consumer<List<JsonNode>> sink) {
        String first = get(url);
        JsonNode page = null;
        try {
            page = json.readTree(first);
        } catch (JsonProcessingException e) {
            sink.accept(read(first));
            return;
        }
        if (!page.has("contents")) {
            sink.accept(services(page));
            return;
        }
        int totalPages = Math.min(MAX_PAGES, page.path("total_pages").asInt(1));
        String base = url.toString().replaceFirst("/services/?(\\?.*)?$", "");
        sink.accept(whole(base, services(page)));
        for (int number = 2; number <= totalPages; number++) {
            sink.accept(whole(base, services(parse(get(withPage(url, number))))));
        }
    }

    private List<JsonNode> whole(String base, List<JsonNode> services) {
        List<JsonNode> whole = new ArrayList<>();
        for (JsonNode service : services) {
            boolean basic = !service.has("schedules") && !service.has("service_at_locations");
            String id = ServiceImport.text(service, "id");
            whole.add(basic && id != null ? parse(get(URI.create(base + "/services/" + id))) : service);
        }
        return whole;
    }

    private static URI withPage(URI url, int number) {
        String query = url.getRawQuery() == null ? "" : url.getRawQuery().replaceAll("(^|&)page=\\d+", "");
        query = (query.isEmpty() || query.startsWith("&") ? "page=" + number + query : "page=" + number + "&" + query);
        String text = url.toString();
        int question = text.indexOf('?');
        return URI.create((question < 0 ? text : text.substring(0, question)) + "?" + query);
    }

    private static List<JsonNode> services(JsonNode node) {
        List<JsonNode> services = new ArrayList<>();
        JsonNode items = node.has("contents") ? node.path("contents") : node;
        if (items.isArray()) {
            items.forEach(services::add);
        } else if (items.isObject()) {
            services.add(items);
        }
        return services;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnreadableFeed("The feed did not answer with JSON.");
        }
    }

    /**
     * Staff type the address, so it must not reach into our own network (the database, OpenSearch,
     * cloud metadata): only public addresses, unless a local setting allows private ones (tests, demos).
     */
    void checkPublic(URI url) {
        if (allowPrivateAddresses) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (isPrivate(address)) {
                    throw new UnreadableFeed(
                            "We only import from public web addresses, not from " + url.getHost() + ".");
                }
            }
        } catch (UnknownHostException e) {
            throw new UnreadableFeed("We could not find " + url.getHost() + ".");
        }
    }

    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()
                || uniqueLocalV6;
    }

    /**
     * The text at a public web address (a provider's calendar), with the same guards as a feed: public
     * addresses only, redirects checked hop by hop, 30 seconds at most.
     */
    public String fetchText(URI url, String accept) {
        return get(url, accept);
    }

    private String get(URI url) {
        return get(url, "application/json");
    }

    private String get(URI url, String accept) {
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new UnreadableFeed("Give a web address starting with https://");
        }
        try {
            HttpResponse<String> response = null;
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                checkPublic(url);
                response = http.send(
                        HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(30))
                                .header("Accept", accept)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 3
                        || response.headers().firstValue("Location").isEmpty()) {
                    break;
                }
                url = url.resolve(response.headers().firstValue("Location").get());
            }
            if (response.statusCode() != 200) {
                throw new UnreadableFeed(url + " answered " + response.statusCode() + ".");
            }
            return response.body();
        } catch (IOException e) {
            throw new UnreadableFeed("We could not reach " + url + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableFeed("The import was stopped.");
        }
    }
}

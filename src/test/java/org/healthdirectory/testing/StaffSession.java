package org.healthdirectory.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff signed in through the real Keycloak login form, as a browser would (authorization
 * code flow, cookies kept). Requests after sign-in do not follow redirects, so tests see what the app said.
 */
public final class StaffSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final Jar jar;
    private final HttpResponse<String> landing;

    private StaffSession(HttpClient client, Jar jar, HttpResponse<String> landing) {
        this.client = client;
        this.jar = jar;
        this.landing = landing;
    }

    /** Cookies per host, kept by hand: java.net.CookieManager is unreliable with "localhost". */
    private static final class Jar {
        private final Map<String, Map<String, String>> byHost = new java.util.HashMap<>();

        HttpRequest withCookies(HttpRequest request) {
            Map<String, String> cookies = byHost.getOrDefault(request.uri().getHost(), Map.of());
            if (cookies.isEmpty()) {
                return request;
            }
            String header = cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
            return HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Cookie", header)
                    .build();
        }

        void keep(HttpResponse<?> response) {
            Map<String, String> cookies = byHost.computeIfAbsent(response.uri().getHost(), h -> new LinkedHashMap<>());
            for (String line : response.headers().allValues("set-cookie")) {
                String pair = line.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (line.toLowerCase().contains("max-age=0") || value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
    }

    public static StaffSession signIn(String username, String password) {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Jar jar = new Jar();
        HttpResponse<String> page = follow(client, jar, getRequest(TestUrls.baseUrl() + "/console"));
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("No Keycloak login form at " + page.uri() + ": " + page.statusCode());
        }
        String action = form.group(1).replace("&amp;", "&");
        HttpRequest login = HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        encode(Map.of("username", username, "password", password, "credentialId", ""))))
                .build();
        return new StaffSession(client, jar, follow(client, jar, login));
    }

    /** Where the sign-in ended: the console for staff, a refusal for others. */
    public int landingStatus() {
        return landing.statusCode();
    }

    public HttpResponse<String> get(String path) {
        return send(getRequest(TestUrls.baseUrl() + path));
    }

    /** Posts a form with a valid CSRF token, as the app's own forms do. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get("/register").body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on /register");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("csrf-token", token.group(1));
        return send(HttpRequest.newBuilder(URI.create(TestUrls.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(all)))
                .build());
    }

    /**
     * A form post with this member of staff's cookies and a valid CSRF token, not sent: for tests that
     * send the same decision several times at once (see {@link Together}).
     */
    public HttpRequest preparedPost(String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get("/register").body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on /register");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("csrf-token", token.group(1));
        return jar.withCookies(HttpRequest.newBuilder(URI.create(TestUrls.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(all)))
                .build());
    }

    /** Posts a multipart form (as a file upload form does) with a valid CSRF token. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get("/register").body());
        token.find();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("csrf-token", token.group(1));
        String boundary = "----staff-session-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        all.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(URI.create(TestUrls.baseUrl() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** Posts a raw body, for repeated fields such as several ticked checkboxes. */
    public HttpResponse<String> postEncoded(String path, String encodedFields) {
        Matcher token = CSRF.matcher(get("/register").body());
        token.find();
        return send(HttpRequest.newBuilder(URI.create(TestUrls.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        encodedFields + "&csrf-token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(jar.withCookies(request), HttpResponse.BodyHandlers.ofString());
            jar.keep(response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> follow(HttpClient client, Jar jar, HttpRequest first) {
        try {
            HttpResponse<String> response = client.send(jar.withCookies(first), HttpResponse.BodyHandlers.ofString());
            jar.keep(response);
            for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
                URI next = response.uri()
                        .resolve(response.headers().firstValue("Location").orElseThrow());
                response =
                        client.send(jar.withCookies(getRequest(next.toString())), HttpResponse.BodyHandlers.ofString());
                jar.keep(response);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest getRequest(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

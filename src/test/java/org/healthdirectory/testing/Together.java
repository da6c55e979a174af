package org.healthdirectory.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real HTTP requests released together by a latch, as a double click, two tabs or an attacker would
 * send them: every request is built and connected first, then all go at once.
 */
public final class Together {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Together() {}

    /** A visitor's CSRF cookie and form token, read from a page as a browser would. */
    public record Visitor(String baseUrl, String cookies, String token) {

        /** A form post from this visitor; extra cookies (e.g. a shortlist) are added to the Cookie header. */
        public HttpRequest post(String path, Map<String, String> fields, String... extraCookies) {
            String cookieHeader = cookies + (extraCookies.length == 0 ? "" : "; " + String.join("; ", extraCookies));
            return HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookieHeader)
                    .POST(HttpRequest.BodyPublishers.ofString((fields.isEmpty() ? "" : form(fields) + "&")
                            + "csrf-token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                    .build();
        }
    }

    public static Visitor visitor(String pagePath) {
        return visitor(TestUrls.baseUrl(), pagePath);
    }

    /** A visitor of another app instance, e.g. one a test started on a port of its own. */
    public static Visitor visitor(String baseUrl, String pagePath) {
        HttpResponse<String> page = send(
                HttpRequest.newBuilder(URI.create(baseUrl + pagePath)).GET().build());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + pagePath + ": " + page.statusCode());
        }
        String cookies = page.headers().allValues("set-cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        return new Visitor(baseUrl, cookies, token.group(1));
    }

    /** The same request n times at once. */
    public static List<HttpResponse<String>> times(int n, HttpRequest request) {
        List<HttpRequest> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(request);
        }
        return send(all);
    }

    /** Sends the requests at the same moment and returns their answers, in order. */
    public static List<HttpResponse<String>> send(List<HttpRequest> requests) {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (HttpRequest request : requests) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many answers had this status. */
    public static long count(List<HttpResponse<String>> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).count();
    }

    /** The statuses, for assertion messages. */
    public static List<Integer> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().map(HttpResponse::statusCode).toList();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

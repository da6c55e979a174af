package org.healthdirectory.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.healthdirectory.testing.StaffSession;
import org.healthdirectory.testing.TestUrls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every console route and action against every kind of visitor: anonymous people are sent to the staff
 * sign-in, signed-in people without a staff role are refused, moderators get moderator pages but not
 * admin ones, admins get everything. A route missing from the table fails the test.
 */
@QuarkusTest
class ConsoleAuthorisationTest {

    enum Needs {
        MODERATOR,
        ADMIN
    }

    /** A console route; upload forms are posted as multipart, as the browser would. */
    record Route(String method, String path, Needs needs, boolean multipart) {
        Route(String method, String path, Needs needs) {
            this(method, path, needs, false);
        }
    }

    private static final String SOME_ID = UUID.randomUUID().toString();
    private static final String DOG_WALKING = "069a8464-c41c-4424-ba42-17affba43221";

    /** Actions use unknown ids or empty forms, so no test here changes anything. */
    static final List<Route> ROUTES = List.of(
            new Route("GET", "/console", Needs.MODERATOR),
            new Route("GET", "/console/queue", Needs.MODERATOR),
            new Route("POST", "/console/queue/approve", Needs.MODERATOR),
            new Route("GET", "/console/queue/revisions/" + SOME_ID, Needs.MODERATOR),
            new Route("POST", "/console/queue/revisions/" + SOME_ID, Needs.MODERATOR),
            new Route("GET", "/console/queue/reports/" + SOME_ID, Needs.MODERATOR),
            new Route("POST", "/console/queue/reports/" + SOME_ID, Needs.MODERATOR),
            new Route("GET", "/console/listings", Needs.MODERATOR),
            new Route("GET", "/console/listings/" + DOG_WALKING, Needs.MODERATOR),
            new Route("POST", "/console/listings/" + SOME_ID + "/suspend", Needs.MODERATOR),
            new Route("POST", "/console/listings/" + SOME_ID + "/unpublish", Needs.MODERATOR),
            new Route("POST", "/console/listings/" + SOME_ID + "/reinstate", Needs.MODERATOR),
            new Route("GET", "/console/audit", Needs.MODERATOR),
            new Route("GET", "/console/audit/export.csv", Needs.MODERATOR),
            new Route("GET", "/console/prize-draw", Needs.MODERATOR),
            new Route("POST", "/console/prize-draw", Needs.MODERATOR),
            new Route("GET", "/console/organisations", Needs.MODERATOR),
            new Route("GET", "/console/organisations/" + SOME_ID, Needs.MODERATOR),
            new Route("GET", "/console/organisations/" + SOME_ID + "/checks/safeguarding", Needs.MODERATOR),
            new Route("POST", "/console/organisations/" + SOME_ID + "/checks/safeguarding", Needs.MODERATOR),
            new Route("POST", "/console/organisations/" + SOME_ID + "/trusted", Needs.MODERATOR),
            new Route("GET", "/console/checks/expiring", Needs.MODERATOR),
            new Route("GET", "/console/reports/unmet-need", Needs.MODERATOR),
            new Route("GET", "/console/reports/unmet-need/export.csv", Needs.MODERATOR),
            new Route("GET", "/console/import", Needs.ADMIN),
            new Route("POST", "/console/import", Needs.ADMIN, true),
            new Route("GET", "/console/import/" + SOME_ID, Needs.ADMIN),
            new Route("POST", "/console/import/" + SOME_ID + "/resume", Needs.ADMIN),
            new Route("GET", "/console/localities", Needs.ADMIN),
            new Route("POST", "/console/localities/assign", Needs.ADMIN),
            new Route("POST", "/console/localities/unassign", Needs.ADMIN));

    private static StaffSession moderator;
    private static StaffSession admin;
    private static StaffSession professional;

    @BeforeAll
    static void signIn() {
        moderator = StaffSession.signIn("moderator", "moderator-demo");
        admin = StaffSession.signIn("admin", "admin-demo");
        professional = StaffSession.signIn("professional", "professional-demo");
    }

    @Test
    void theTableCoversEveryConsoleRoute() throws Exception {
        for (String[] route : consoleRoutes()) {
            boolean covered = ROUTES.stream().anyMatch(r -> r.method().equals(route[0]) && matches(route[1], r.path()));
            assertTrue(covered, route[0] + " " + route[1] + " is a console route missing from this test's table");
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheStaffSignIn() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (Route route : ROUTES) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestUrls.baseUrl() + route.path()));
            if (route.method().equals("POST")) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(""));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, response.statusCode(), route.toString());
            assertTrue(
                    response.headers()
                            .firstValue("Location")
                            .orElse("")
                            .contains("/realms/health-directory/protocol/openid-connect/auth"),
                    route.toString());
        }
    }

    @Test
    void peopleWithoutAStaffRoleAreRefusedEverywhere() {
        assertEquals(403, professional.landingStatus());
        for (Route route : ROUTES) {
            assertEquals(403, call(professional, route).statusCode(), route.toString());
        }
    }

    @Test
    void professionalsCanSignOutThoughTheyCannotUseTheConsole() {
        StaffSession someone = StaffSession.signIn("professional", "professional-demo");
        HttpResponse<String> signOut = someone.get("/console/logout");
        assertEquals(302, signOut.statusCode());
        assertTrue(signOut.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/logout"));
    }

    @Test
    void moderatorsGetModeratorRoutesButNotAdminOnes() {
        for (Route route : ROUTES) {
            int status = call(moderator, route).statusCode();
            if (route.needs() == Needs.ADMIN) {
                assertEquals(403, status, route.toString());
            } else {
                assertAllowed(status, route);
            }
        }
    }

    @Test
    void adminsGetEverything() {
        for (Route route : ROUTES) {
            assertAllowed(call(admin, route).statusCode(), route);
        }
    }

    /** Allowed: the page, a redirect after an action, or an answer about the input (unknown id, empty form). */
    private static void assertAllowed(int status, Route route) {
        if (!List.of(200, 303, 400, 404, 409).contains(status)) {
            fail(route + " answered " + status + " to someone allowed to use it");
        }
    }

    private static HttpResponse<String> call(StaffSession session, Route route) {
        if (route.method().equals("GET")) {
            return session.get(route.path());
        }
        return route.multipart() ? session.postMultipart(route.path(), Map.of()) : session.post(route.path(), Map.of());
    }

    /** Method and path template of every JAX-RS method under /console, read from the compiled classes. */
    private static List<String[]> consoleRoutes() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get("target/classes");
        List<String[]> routes = new ArrayList<>();
        List<java.nio.file.Path> files;
        try (Stream<java.nio.file.Path> walk = Files.walk(classes)) {
            files = walk.filter(p ->
                            p.toString().endsWith(".class") && !p.toString().contains("$"))
                    .toList();
        }
        for (java.nio.file.Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, ConsoleAuthorisationTest.class.getClassLoader());
            Path base = type.getAnnotation(Path.class);
            if (base == null || !base.value().startsWith("/console")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class)
                        ? "GET"
                        : method.isAnnotationPresent(POST.class) ? "POST" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String template =
                        base.value() + (sub == null ? "" : (sub.value().startsWith("/") ? "" : "/") + sub.value());
                for (String expanded : expand(template)) {
                    routes.add(new String[] {verb, expanded});
                }
            }
        }
        assertTrue(routes.size() >= ROUTES.size(), "found only " + routes.size() + " console routes");
        return routes;
    }

    /** "/x/{action: a|b}" becomes "/x/a" and "/x/b"; "{id}" stays a wildcard. */
    private static List<String> expand(String template) {
        java.util.regex.Matcher choice =
                java.util.regex.Pattern.compile("\\{\\w+:\\s*([\\w|-]+)}").matcher(template);
        if (!choice.find()) {
            return List.of(template);
        }
        List<String> all = new ArrayList<>();
        for (String option : choice.group(1).split("\\|")) {
            all.addAll(expand(template.substring(0, choice.start()) + option + template.substring(choice.end())));
        }
        return all;
    }

    private static boolean matches(String template, String path) {
        String[] t = template.split("/");
        String[] p = path.split("/");
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (!(t[i].startsWith("{") || t[i].equals(p[i]))) {
                return false;
            }
        }
        return true;
    }
}

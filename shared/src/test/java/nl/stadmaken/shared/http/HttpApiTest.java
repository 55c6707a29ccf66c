package nl.stadmaken.shared.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonTree;
import nl.stadmaken.shared.log.JsonLog;
import nl.stadmaken.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

class HttpApiTest {

    record Greeting(String name) {
    }

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final HttpApi api = new HttpApi(List.of(
            Route.publicRoute("POST /greetings", request -> HttpResponse.created(Map.of("hello", request.body(Greeting.class).name())))
                    .withMaxBodyBytes(1024),
            Route.publicRoute("GET /broken", request -> {
                throw new IllegalStateException("secret internals of anna@example.nl");
            }),
            Route.publicRoute("GET /missing", request -> {
                throw ProblemException.notFound("Nothing here.");
            }),
            Route.staff("GET /staff/things", request -> HttpResponse.ok(Map.of("ok", true)))),
            null, new JsonLog(new PrintStream(logged, true, StandardCharsets.UTF_8), Clock.systemUTC()));

    @Test
    void routesOnTheRouteKeyAndAddsSecurityHeaders() throws Exception {
        JsonTree response = call(event("POST /greetings", "{\"name\": \"Anna\"}", "application/json", Map.of(), false));

        assertThat(response.path("statusCode").asInt()).isEqualTo(201);
        assertThat(Json.readTree(response.path("body").asText()).path("hello").asText()).isEqualTo("Anna");
        assertThat(response.path("headers").path("x-content-type-options").asText()).isEqualTo("nosniff");
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("\"route\":\"POST /greetings\"", "\"status\":201")
                .doesNotContain("Anna");
    }

    @Test
    void twoRoutesForOneKeyAreRefusedWhenTheApiIsBuilt() {
        List<Route> twice = List.of(Route.publicRoute("GET /things", request -> HttpResponse.ok(Map.of())),
                Route.staff("GET /things", request -> HttpResponse.ok(Map.of())));

        assertThatThrownBy(() -> new HttpApi(twice, null, JsonLog.standardOut(Clock.systemUTC())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GET /things");
    }

    @Test
    void unknownRouteIsANotFoundProblem() throws Exception {
        JsonTree response = call(event("DELETE /greetings", null, null, Map.of(), false));

        assertThat(response.path("statusCode").asInt()).isEqualTo(404);
        assertThat(response.path("headers").path("content-type").asText()).isEqualTo("application/problem+json");
    }

    @Test
    void refusesOtherMediaTypesLargeBodiesAndInvalidUtf8() throws Exception {
        assertThat(status(event("POST /greetings", "name=Anna", "application/x-www-form-urlencoded", Map.of(), false))).isEqualTo(415);
        assertThat(status(event("POST /greetings", "{\"name\": \"" + "a".repeat(2000) + "\"}", "application/json", Map.of(), false))).isEqualTo(413);
        assertThat(status(event("POST /greetings", "x".repeat(70_000), "application/json", Map.of(), false)))
                .as("over every route's limit, refused before parsing").isEqualTo(413);
        String invalidUtf8 = java.util.Base64.getEncoder().encodeToString(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        assertThat(status(event("POST /greetings", invalidUtf8, "application/json", Map.of(), true))).isEqualTo(400);
    }

    @Test
    void unexpectedFailureIsA500WithoutInternals() throws Exception {
        JsonTree response = call(event("GET /broken", null, null, Map.of(), false));

        assertThat(response.path("statusCode").asInt()).isEqualTo(500);
        assertThat(response.path("body").asText()).doesNotContain("secret", "anna", "IllegalState");
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("IllegalStateException").doesNotContain("anna@example.nl");
    }

    @Test
    void problemFromAHandlerKeepsItsStatus() throws Exception {
        assertThat(status(event("GET /missing", null, null, Map.of(), false))).isEqualTo(404);
    }

    @Test
    void staffRouteNeedsClaimsWithTheStaffGroup() throws Exception {
        assertThat(status(event("GET /staff/things", null, null, Map.of(), false))).isEqualTo(401);
        assertThat(status(event("GET /staff/things", null, null, Map.of("sub", "u1", "cognito:groups", "[raad]"), false))).isEqualTo(403);
        assertThat(status(event("GET /staff/things", null, null, Map.of("sub", "u1", "cognito:groups", "[raad staff]"), false))).isEqualTo(200);
    }

    @Test
    void pathParameterLongerThanAnyIdIsNotFoundBeforeAnyKeyIsMadeOfIt() {
        String longest = "é".repeat(HttpRequest.MAX_PATH_PARAMETER_LENGTH);

        assertThat(withId(longest).pathParameter("id")).isEqualTo(longest);
        assertThatThrownBy(() -> withId(longest + "x").pathParameter("id"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
    }

    private static HttpRequest withId(String id) {
        return new HttpRequest("GET /things/{id}", "GET", "/things/x", Map.of(), Map.of(), Map.of("id", id), "", Map.of(), "test", "");
    }

    @Test
    void malformedEventIsABadRequest() throws Exception {
        assertThat(status("not json")).isEqualTo(400);
    }

    private int status(String event) throws Exception {
        return call(event).path("statusCode").asInt();
    }

    private JsonTree call(String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        api.handle(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static String event(String routeKey, String body, String contentType, Map<String, String> claims, boolean base64) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", routeKey.substring(routeKey.indexOf(' ') + 1));
        event.put("headers", contentType != null ? Map.of("Content-Type", contentType) : Map.of());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("requestId", "test");
        context.put("http", Map.of("method", routeKey.substring(0, routeKey.indexOf(' '))));
        if (!claims.isEmpty()) {
            context.put("authorizer", Map.of("jwt", Map.of("claims", claims)));
        }
        event.put("requestContext", context);
        event.put("body", body);
        event.put("isBase64Encoded", base64);
        return Json.write(event);
    }
}

package nl.stadmaken.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.stadmaken.testkit.RepositoryPaths;
import nl.stadmaken.testkit.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated from the template: every staff route refuses each kind of bad token the way the HTTP API authorizer
 * would, and a valid token without the staff group is refused by the function itself; resident routes need none.
 */
class AuthorizationMatrixIT {

    private static LocalRunner runner;
    private static LocalIssuer issuer;
    private static LocalIssuer stranger;

    @BeforeAll
    static void start() throws Exception {
        runner = LocalRunner.start(RepositoryPaths.root(), 0, false, Clock.systemUTC());
        issuer = runner.issuer();
        stranger = new LocalIssuer(issuer.issuer(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        runner.stop();
    }

    @TestFactory
    Stream<DynamicTest> staffRoutesRefuseBadTokensAndResidentRoutesNeedNone() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SamTemplate.FunctionSpec function : SamTemplate.ofRepository().functions()) {
            for (SamTemplate.HttpRoute route : function.routes()) {
                String path = route.path().replaceAll("\\{[^}]+}", "demo-id");
                if (route.staff()) {
                    badTokens().forEach((kind, token) -> tests.add(DynamicTest.dynamicTest(route.routeKey() + " refuses " + kind, () ->
                            assertThat(call(route.method(), path, token)).as(kind).isEqualTo(401))));
                    tests.add(DynamicTest.dynamicTest(route.routeKey() + " refuses a token without the staff group", () ->
                            assertThat(call(route.method(), path, issuer.staffToken("raadslid", List.of("raad"), Duration.ofHours(1))))
                                    .isEqualTo(403)));
                } else {
                    tests.add(DynamicTest.dynamicTest(route.routeKey() + " works without a token", () ->
                            assertThat(call(route.method(), path, null)).isNotIn(401, 403)));
                }
            }
        }
        return tests.stream();
    }

    private static Map<String, String> badTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("a missing token", null);
        tokens.put("a malformed token", "not.a.jwt");
        tokens.put("a bad signature", stranger.staffToken("medewerker", List.of("staff"), Duration.ofHours(1)));
        tokens.put("an expired token", issuer.staffToken("medewerker", List.of("staff"), Duration.ofMinutes(-10)));
        tokens.put("another issuer", issuer.token("https://elders.example/", LocalIssuer.AUDIENCE, "medewerker", List.of("staff"), Duration.ofHours(1)));
        tokens.put("another audience", issuer.token(issuer.issuer(), "andere-app", "medewerker", List.of("staff"), Duration.ofHours(1)));
        return tokens;
    }

    private static int call(String method, String path, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("authorization", "Bearer " + token);
        }
        byte[] body = new byte[0];
        if (!method.equals("GET")) {
            headers.put("content-type", "application/json");
            body = "{}".getBytes(StandardCharsets.UTF_8);
        }
        return runner.api().answer(method, path, null, headers, body).status();
    }
}

package nl.stadmaken.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.stadmaken.testkit.JsonTrees;
import nl.stadmaken.testkit.RepositoryPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local runner as a newcomer uses it: real HTTP on loopback, seeded data, the printed staff token. */
class LocalRunnerIT {

    private static LocalRunner runner;
    private static String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        runner = LocalRunner.start(RepositoryPaths.root(), port, true, Clock.systemUTC());
        base = "http://127.0.0.1:" + runner.port();
    }

    @AfterAll
    static void stop() {
        runner.stop();
    }

    @Test
    void residentsSeeTheSeededTrajectoriesAndCanSignUp() throws Exception {
        var list = get("/trajectories", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JsonTrees.read(list.body()).path("trajectories").findValuesAsText("id"))
                .contains("speelplek-kenaupark", "gelote-wijkraad-zijlweg-west").doesNotContain("fietsparkeren-station");

        var signUp = http.send(HttpRequest.newBuilder(URI.create(base + "/trajectories/speelplek-kenaupark/signups"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Lotte\", \"email\": \"lotte@example.nl\", \"consent\": true}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signUp.statusCode()).isEqualTo(201);
        assertThat(JsonTrees.read(signUp.body()).path("withdrawalToken").asText()).startsWith("speelplek-kenaupark.");
    }

    @Test
    void staffRoutesNeedAValidTokenAsTheAuthorizerWould() throws Exception {
        LocalIssuer stranger = new LocalIssuer("http://127.0.0.1:" + runner.port() + "/local-issuer", Clock.systemUTC());

        assertThat(get("/staff/trajectories", null).statusCode()).isEqualTo(401);
        assertThat(get("/staff/trajectories", "not-a-jwt").statusCode()).isEqualTo(401);
        assertThat(get("/staff/trajectories", stranger.staffToken("x", List.of("staff"), Duration.ofHours(1))).statusCode())
                .as("signed with another key").isEqualTo(401);
        assertThat(get("/staff/trajectories?status=draft", runner.staffToken()).statusCode()).isEqualTo(200);
        assertThat(JsonTrees.read(get("/staff/trajectories?status=draft", runner.staffToken()).body())
                .path("trajectories").findValuesAsText("id")).contains("fietsparkeren-station");
    }

    @Test
    void unknownPathsAreNotFound() throws Exception {
        assertThat(get("/nergens", null).statusCode()).isEqualTo(404);
        assertThat(get("/../../etc/passwd", null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

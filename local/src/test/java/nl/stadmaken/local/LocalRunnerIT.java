package nl.stadmaken.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stadmaken.testkit.JsonTrees;
import nl.stadmaken.testkit.MotoSes;
import nl.stadmaken.testkit.RepositoryPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local runner as a newcomer uses it: real HTTP on loopback, seeded data, the printed staff token, the staff sign-in. */
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
    void aBookingIsMailedThroughTheStreamAsInAws() throws Exception {
        String slot = JsonTrees.read(get("/spreekuur/slots?host=burgemeester", null).body()).path("slots").get(0).path("id").asText();
        var booked = http.send(HttpRequest.newBuilder(URI.create(base + "/spreekuur/slots/" + slot + "/bookings"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "Noor", "email": "noor.mail@example.nl", "topic": "Het plein"}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);

        runner.deliverStreams();

        List<MotoSes.SentMail> mails = MotoSes.sent(URI.create(runner.dynamoDbEndpoint())).stream()
                .filter(mail -> mail.to().contains("noor.mail@example.nl")).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).startsWith("Bevestiging: spreekuur met");
        assertThat(mails.get(0).from()).endsWith("<stadmaken@haarlem.nl>");
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
    void staffSignInWithPkceAtTheHostedSignInStandIn() throws Exception {
        String domain = runner.signInDomain();
        assertThat(get("/config.js", null).body()).contains("domain: '" + domain + "'", "clientId: 'stadmaken-local'");
        assertThat(get("/config.js?as-deployed", null).body()).isEqualTo(Files.readString(RepositoryPaths.root().resolve("web/config.js")));
        String verifier = "staff-pages-verifier-with-at-least-forty-three-characters";

        var form = http.send(HttpRequest.newBuilder(URI.create(domain + "/oauth2/authorize?" + authorizeQuery(verifier))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<form method=\"post\" action=\"/login\">", "medewerker@stadmaken.local");

        var wrongVerifier = redeem(signIn(verifier), "x".repeat(43), base);
        assertThat(wrongVerifier.statusCode()).isEqualTo(400);
        assertThat(JsonTrees.read(wrongVerifier.body()).path("error").asText()).isEqualTo("invalid_grant");

        String code = signIn(verifier);
        var tokens = redeem(code, verifier, base);
        assertThat(tokens.statusCode()).isEqualTo(200);
        assertThat(tokens.headers().firstValue("access-control-allow-origin")).as("the pages read it from another origin").contains(base);
        var idToken = JsonTrees.read(tokens.body()).path("id_token").asText();
        var accessToken = JsonTrees.read(tokens.body()).path("access_token").asText();
        assertThat(JsonTrees.read(get("/staff/trajectories?status=draft", idToken).body()).path("trajectories").findValuesAsText("id"))
                .contains("fietsparkeren-station");
        assertThat(get("/staff/trajectories?status=draft", accessToken).statusCode()).isEqualTo(200);

        var replayed = redeem(code, verifier, base);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(JsonTrees.read(replayed.body()).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(redeem(signIn(verifier), verifier, "http://evil.example").headers().firstValue("access-control-allow-origin"))
                .as("no other page may read tokens").isEmpty();
    }

    @Test
    void unknownPathsAreNotFound() throws Exception {
        assertThat(get("/nergens", null).statusCode()).isEqualTo(404);
        assertThat(get("/../../etc/passwd", null).statusCode()).isEqualTo(404);
    }

    private static String authorizeQuery(String verifier) {
        return form(Map.of("response_type", "code", "client_id", "stadmaken-local", "redirect_uri", base + "/staff/",
                "scope", "openid email", "state", "s1", "code_challenge_method", "S256",
                "code_challenge", new String(HostedSignIn.challenge(verifier), StandardCharsets.US_ASCII)));
    }

    /** Presses the sign-in button and takes the code from where the browser is sent back to. */
    private String signIn(String verifier) throws Exception {
        var back = http.send(HttpRequest.newBuilder(URI.create(runner.signInDomain() + "/login"))
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(authorizeQuery(verifier))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).isEqualTo(302);
        String location = back.headers().firstValue("location").orElseThrow();
        assertThat(location).startsWith(base + "/staff/?code=").endsWith("&state=s1");
        return location.substring(location.indexOf("code=") + 5, location.indexOf('&'));
    }

    private HttpResponse<String> redeem(String code, String verifier, String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(runner.signInDomain() + "/oauth2/token"))
                .header("content-type", "application/x-www-form-urlencoded").header("origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "client_id", "stadmaken-local",
                        "code", code, "redirect_uri", base + "/staff/", "code_verifier", verifier)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

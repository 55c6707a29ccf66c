package nl.stadmaken.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * Where a function's credentials come from: the environment, or, for a version started from a SnapStart snapshot,
 * Lambda's local credentials endpoint (played here by a server on a loopback port).
 */
class AwsCredentialsTest {

    private static final String TOKEN = "token-from-lambda";

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<Duration> lifetimes = new CopyOnWriteArrayList<>();
    private HttpServer endpoint;
    private String uri;

    @BeforeEach
    void startEndpoint() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/2018-06-01/credentials", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            int served = authorizations.size();
            Duration lifetime = lifetimes.isEmpty() ? Duration.ofHours(6) : lifetimes.get(Math.min(served, lifetimes.size()) - 1);
            byte[] body = ("{\"AccessKeyId\": \"ASIA" + served + "\", \"SecretAccessKey\": \"secret-" + served
                    + "\", \"Token\": \"session-" + served + "\", \"Expiration\": \""
                    + Instant.now().plus(lifetime).truncatedTo(ChronoUnit.SECONDS) + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        endpoint.start();
        uri = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/2018-06-01/credentials";
        // The SDK's provider reads these settings of the process (system properties before the environment).
        System.setProperty("aws.containerCredentialsFullUri", uri);
        System.setProperty("aws.containerAuthorizationToken", TOKEN);
    }

    @AfterEach
    void stopEndpoint() {
        System.clearProperty("aws.containerCredentialsFullUri");
        System.clearProperty("aws.containerAuthorizationToken");
        endpoint.stop(0);
    }

    @Test
    void keysInTheEnvironmentAreUsedAsTheyAre() {
        var credentials = provider(Map.of("AWS_ACCESS_KEY_ID", "ASIAENV",
                "AWS_SECRET_ACCESS_KEY", "env-secret", "AWS_SESSION_TOKEN", "env-session", AwsCredentials.CONTAINER_ENDPOINT, uri))
                .resolveCredentials();

        assertThat(credentials).isInstanceOf(AwsSessionCredentials.class);
        assertThat(credentials.accessKeyId()).isEqualTo("ASIAENV");
        assertThat(((AwsSessionCredentials) credentials).sessionToken()).isEqualTo("env-session");
        assertThat(authorizations).as("the endpoint is not asked when the environment has keys").isEmpty();
    }

    @Test
    void withoutKeysASnapStartVersionAsksLambdasEndpointWithItsToken() {
        AwsCredentialsProvider provider = provider(Map.of(AwsCredentials.CONTAINER_ENDPOINT, uri));

        var first = provider.resolveCredentials();
        var again = provider.resolveCredentials();

        assertThat(first.accessKeyId()).isEqualTo("ASIA1");
        assertThat(first.secretAccessKey()).isEqualTo("secret-1");
        assertThat(((AwsSessionCredentials) first).sessionToken()).isEqualTo("session-1");
        assertThat(again.accessKeyId()).as("kept until near their expiry").isEqualTo("ASIA1");
        assertThat(authorizations).containsExactly(TOKEN);
    }

    @Test
    void credentialsNearTheirExpiryAreFetchedAgain() {
        // As after a restore from a snapshot taken long before: what was cached then is about to lapse.
        lifetimes.addAll(List.of(Duration.ofSeconds(30), Duration.ofHours(6)));
        AwsCredentialsProvider provider = provider(Map.of(AwsCredentials.CONTAINER_ENDPOINT, uri));

        provider.resolveCredentials();
        var renewed = provider.resolveCredentials();

        assertThat(renewed.accessKeyId()).isEqualTo("ASIA2");
        assertThat(authorizations).containsExactly(TOKEN, TOKEN);
    }

    @Test
    void withNeitherTheLocalRunnersStaticKeysAreUsed() {
        assertThat(provider(Map.of()).resolveCredentials().accessKeyId()).isEqualTo("local");
        assertThat(authorizations).isEmpty();
    }

    private static AwsCredentialsProvider provider(Map<String, String> variables) {
        return AwsCredentials.fromEnvironment(new Environment(variables));
    }
}

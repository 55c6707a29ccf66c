package nl.stadmaken.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP calls to the emulator, for what the tests read around the SDK (stream records as Lambda gets them, moto's
 * state). The emulator reads service and region from the credential scope and does not check signatures.
 */
final class EmulatorHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EmulatorHttp() {
    }

    static String authorization(String service) {
        return "AWS4-HMAC-SHA256 Credential=testing/20260101/eu-west-1/" + service + "/aws4_request, SignedHeaders=host, Signature=0";
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

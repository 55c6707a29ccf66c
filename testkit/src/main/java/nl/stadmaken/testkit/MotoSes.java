package nl.stadmaken.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * SES as moto serves it on the run's endpoint: verifying a sender, and reading back what was sent (moto keeps every
 * message it accepted and shows them in its state dump). Other emulators have no such dump: {@link #available} says
 * whether this one does.
 */
public final class MotoSes {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One message as SES accepted it. */
    public record SentMail(String from, List<String> to, String subject, String body) {
    }

    private MotoSes() {
    }

    public static boolean available(URI endpoint) {
        try {
            return EmulatorHttp.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/data.json")).GET()).statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Makes {@code address} a verified identity, as SES requires of a sender. */
    public static void verify(URI endpoint, String address) {
        HttpResponse<String> response = EmulatorHttp.send(HttpRequest.newBuilder(endpoint.resolve("/v2/email/identities"))
                .header("Content-Type", "application/json")
                .header("Authorization", EmulatorHttp.authorization("ses"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"EmailIdentity\": \"" + address + "\"}")));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("SES identity " + address + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** Every message SES accepted on this endpoint so far, oldest first. */
    public static List<SentMail> sent(URI endpoint) {
        try {
            JsonNode state = JSON.readTree(EmulatorHttp.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/data.json")).GET()).body());
            List<SentMail> sent = new ArrayList<>();
            for (JsonNode message : state.path("ses").path("Message")) {
                List<String> to = new ArrayList<>();
                message.path("destinations").path("ToAddresses").forEach(address -> to.add(address.asText()));
                sent.add(new SentMail(message.path("source").asText(), to, message.path("subject").asText(),
                        message.path("body").asText()));
            }
            return sent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

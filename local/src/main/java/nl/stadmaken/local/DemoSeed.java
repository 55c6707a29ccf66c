package nl.stadmaken.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.stadmaken.testkit.JsonTrees;

/**
 * Demo data, as data: each file in {@code local/seed/} lists requests that go through the API like any client's
 * (so the rules apply to them too). Strings may say {@code ${date+N}} (today plus N days) or {@code ${time+N}}
 * (09:00 in Amsterdam, N days from today), so the demo stays current.
 */
final class DemoSeed {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(date|time)([+-]\\d+)}");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private DemoSeed() {
    }

    /** Sends every seed request; returns what the answers printed under {@code "print"} asked to show. */
    static List<String> apply(Path folder, LocalApiServer server, String staffToken, Clock clock) {
        List<String> printed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return printed;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            try {
                for (JsonNode request : JsonTrees.read(Files.readString(file)).path("requests")) {
                    send(file, request, server, staffToken, clock, printed);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read seed " + file, e);
            }
        }
        return printed;
    }

    private static void send(Path file, JsonNode request, LocalApiServer server, String staffToken, Clock clock, List<String> printed) {
        String method = request.path("method").asText();
        String path = request.path("path").asText();
        Map<String, String> headers = new HashMap<>();
        byte[] body = new byte[0];
        if (request.has("body")) {
            headers.put("content-type", "application/json");
            body = fill(request.get("body"), LocalDate.now(clock.withZone(AMSTERDAM))).toString().getBytes(StandardCharsets.UTF_8);
        }
        if (request.path("staff").asBoolean(false)) {
            headers.put("authorization", "Bearer " + staffToken);
        }
        // A busy machine may answer 503 (the request's time ran out); the seed retries as any client would, with
        // the same Idempotency-Key, so a write that went through is not made twice.
        headers.put("idempotency-key", UUID.randomUUID().toString());
        LocalApiServer.Answer answer = server.answer(method, path, null, headers, body);
        for (int attempt = 1; answer.status() == 503 && attempt < 4; attempt++) {
            pause(Duration.ofSeconds(attempt));
            answer = server.answer(method, path, null, headers, body);
        }
        if (answer.status() >= 300) {
            throw new IllegalStateException("seed " + file.getFileName() + ": " + method + " " + path + " gave "
                    + answer.status() + ": " + answer.text());
        }
        if (request.has("print")) {
            printed.add(request.get("print").asText() + ": " + answer.text());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        }
    }

    private static JsonNode fill(JsonNode node, LocalDate today) {
        if (node.isTextual()) {
            Matcher matcher = PLACEHOLDER.matcher(node.asText());
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                LocalDate day = today.plusDays(Long.parseLong(matcher.group(2)));
                String value = matcher.group(1).equals("date") ? day.toString()
                        : day.atTime(LocalTime.of(9, 0)).atZone(AMSTERDAM).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                matcher.appendReplacement(out, value);
            }
            return new TextNode(matcher.appendTail(out).toString());
        }
        if (node.isObject()) {
            ObjectNode copy = JsonTrees.object();
            node.properties().forEach(e -> copy.set(e.getKey(), fill(e.getValue(), today)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonTrees.mapper().createArrayNode();
            node.forEach(element -> copy.add(fill(element, today)));
            return copy;
        }
        return node;
    }
}

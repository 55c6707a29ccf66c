package nl.stadmaken.spreekuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.RepositoryPaths;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Replays every sample event in {@code events/spreekuur/} through the handler, in the order a session would. */
@ExtendWith(DynamoDbExtension.class)
class SampleEventsIT {

    /** Each case with the status it must give, in replay order. */
    static final Map<String, Integer> CASES = cases(
            "staff-save-host", 200,
            "staff-save-host-invalid", 422,
            "staff-list-hosts", 200,
            "list-hosts", 200,
            "staff-create-slot", 201,
            "staff-create-slot-dst-gap", 422,
            "staff-create-series", 201,
            "staff-create-series-invalid", 422,
            "list-slots", 200,
            "list-slots-bad-location", 422,
            "book", 201,
            "book-full", 409,
            "book-invalid", 422,
            "book-malformed-json", 400,
            "book-wrong-media-type", 415,
            "book-unknown-slot", 404,
            "staff-book-on-behalf", 201,
            "lookup-unknown-token", 404,
            "lookup-invalid-token", 422,
            "cancel-unknown-token", 404,
            "move-invalid-token", 422,
            "calendar-unknown-token", 404,
            "feed-unknown-token", 404,
            "staff-feed-token", 201,
            "staff-agenda", 200,
            "staff-agenda-missing-host", 422,
            "staff-outbox", 200,
            "staff-route-without-token", 401,
            "staff-cancel-slot", 200,
            "staff-cancel-unknown-slot", 404);

    private final SpreekuurHandler handler;

    SampleEventsIT(TestTables tables) {
        this.handler = SpreekuurFixture.handler(tables, SpreekuurFixture.tickingClock(SpreekuurFixture.NOW));
    }

    @Test
    void everySampleEventGivesItsStatus() throws IOException {
        assertThat(eventFiles()).isEqualTo(CASES.keySet());
        for (Map.Entry<String, Integer> sample : CASES.entrySet()) {
            String event = Files.readString(folder().resolve(sample.getKey() + ".json"));

            LambdaInvoker.Response response = LambdaInvoker.invoke(handler, "SpreekuurFunction", event);

            assertThat(response.status()).as(sample.getKey() + ": " + response.body()).isEqualTo(sample.getValue());
            if (response.status() >= 400) {
                assertThat(response.contentType()).as(sample.getKey()).isEqualTo("application/problem+json");
            }
        }
    }

    static Path folder() {
        return RepositoryPaths.root().resolve("events/spreekuur");
    }

    static Set<String> eventFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .collect(Collectors.toSet());
        }
    }

    private static Map<String, Integer> cases(Object... pairs) {
        Map<String, Integer> cases = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cases.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return cases;
    }
}

package nl.stadmaken.participation;

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

/** Replays every sample event in {@code events/participation/} through the handler, in the order a session would. */
@ExtendWith(DynamoDbExtension.class)
class SampleEventsIT {

    /** Each case with the status it must give, in replay order. */
    static final Map<String, Integer> CASES = cases(
            "staff-create-trajectory", 201,
            "staff-create-trajectory-invalid", 422,
            "staff-update-trajectory", 200,
            "staff-publish-trajectory", 200,
            "staff-get-trajectory", 200,
            "staff-list-trajectories", 200,
            "list-wijken", 200,
            "list-trajectories", 200,
            "list-trajectories-by-wijk", 200,
            "list-trajectories-bad-status", 422,
            "get-trajectory", 200,
            "get-trajectory-unknown", 404,
            "signup", 201,
            "signup-duplicate-email", 409,
            "signup-missing-consent", 422,
            "signup-malformed-json", 400,
            "signup-wrong-media-type", 415,
            "withdraw-invalid-token", 422,
            "withdraw-unknown-token", 404,
            "staff-list-signups", 200,
            "staff-export-signups", 200,
            "staff-route-without-token", 401,
            "staff-close-trajectory", 200,
            "signup-closed", 409);

    private final ParticipationHandler handler;

    SampleEventsIT(TestTables tables) {
        this.handler = ParticipationFixture.handler(tables, ParticipationFixture.tickingClock());
    }

    @Test
    void everySampleEventGivesItsStatus() throws IOException {
        assertThat(eventFiles()).isEqualTo(CASES.keySet());
        for (Map.Entry<String, Integer> sample : CASES.entrySet()) {
            String event = Files.readString(folder().resolve(sample.getKey() + ".json"));

            LambdaInvoker.Response response = LambdaInvoker.invoke(handler, "ParticipationFunction", event);

            assertThat(response.status()).as(sample.getKey() + ": " + response.body()).isEqualTo(sample.getValue());
            if (response.status() >= 400) {
                assertThat(response.contentType()).as(sample.getKey()).isEqualTo("application/problem+json");
            }
        }
    }

    static Path folder() {
        return RepositoryPaths.root().resolve("events/participation");
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

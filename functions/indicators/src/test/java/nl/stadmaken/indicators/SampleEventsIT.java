package nl.stadmaken.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.JsonTrees;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.RepositoryPaths;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Replays every sample event in {@code events/indicators/} through the handler or the job, in the order a session would. */
@ExtendWith(DynamoDbExtension.class)
class SampleEventsIT {

    static final String SCHEDULE = "schedule-aggregate";

    /** Each HTTP case with the status it must give, in replay order. */
    static final Map<String, Integer> CASES = cases(
            "survey-questions", 200,
            "staff-open-survey-round", 201,
            "staff-open-survey-round-invalid", 422,
            "staff-list-survey-rounds", 200,
            "staff-survey-tokens", 201,
            "survey-respond", 201,
            "survey-respond-out-of-scale", 422,
            "survey-respond-unknown-round", 404,
            "survey-respond-wrong-token", 403,
            "staff-run-indicators", 200,
            "staff-run-indicators-bad-period", 422,
            "list-indicators", 200,
            "list-indicators-csv", 200,
            "list-indicators-bad-period", 422,
            "indicator-catalogue", 200,
            "indicator-history", 200,
            "indicator-history-unknown", 404,
            "staff-list-indicators", 200,
            "staff-get-population", 200,
            "staff-replace-population", 200,
            "staff-replace-population-invalid", 422,
            "staff-route-without-token", 401,
            "staff-close-survey-round", 200,
            "survey-respond-closed", 409);

    private final Clock clock = tickingClock(Instant.parse("2027-03-01T10:00:00Z"));
    private final IndicatorsHandler handler;
    private final IndicatorJob job;

    SampleEventsIT(TestTables tables) {
        this.handler = IndicatorsFixture.handler(tables, clock);
        this.job = IndicatorsFixture.job(tables, clock);
    }

    @Test
    void everySampleEventGivesItsStatus() throws IOException {
        assertThat(eventFiles()).isEqualTo(Stream.concat(CASES.keySet().stream(), Stream.of(SCHEDULE)).collect(Collectors.toSet()));
        for (Map.Entry<String, Integer> sample : CASES.entrySet()) {
            String event = Files.readString(folder().resolve(sample.getKey() + ".json"));

            LambdaInvoker.Response response = LambdaInvoker.invoke(handler, "IndicatorsFunction", event);

            assertThat(response.status()).as(sample.getKey() + ": " + response.body()).isEqualTo(sample.getValue());
            if (response.status() >= 400) {
                assertThat(response.contentType()).as(sample.getKey()).isEqualTo("application/problem+json");
            }
        }
    }

    @Test
    void scheduledEventRunsTheAggregation() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        job.handleRequest(new ByteArrayInputStream(Files.readAllBytes(folder().resolve(SCHEDULE + ".json"))), out, null);

        JsonNode report = JsonTrees.read(out.toString(StandardCharsets.UTF_8));
        assertThat(report.path("periods").toString()).contains("2027-03", "2027-Q1", "2027");
        assertThat(report.has("itemsRead")).isTrue();
    }

    static Clock tickingClock(Instant start) {
        return new TestClock(start);
    }

    static Path folder() {
        return RepositoryPaths.root().resolve("events/indicators");
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

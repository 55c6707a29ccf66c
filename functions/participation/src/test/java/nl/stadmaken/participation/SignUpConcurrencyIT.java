package nl.stadmaken.participation;

import static nl.stadmaken.participation.ParticipationFixture.publishedTrajectory;
import static nl.stadmaken.participation.ParticipationFixture.signUp;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class SignUpConcurrencyIT {

    private final TestTables tables;

    SignUpConcurrencyIT(TestTables tables) {
        this.tables = tables;
    }

    @Test
    void fiftyParallelSignUpsForTenPlacesGiveTenConfirmedAndFortyWaitlisted() throws Exception {
        HandlerClient staff = ParticipationFixture.client(tables);
        publishedTrajectory(staff, "druk", 10);
        // Each caller has its own handler, as parallel Lambda instances would.
        List<HandlerClient> callers = IntStream.range(0, 50).mapToObj(i -> ParticipationFixture.client(tables)).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<LambdaInvoker.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            HandlerClient caller = callers.get(i);
            String body = signUp("Bewoner " + i, "bewoner" + i + "@example.nl");
            answers.add(pool.submit(() -> {
                start.await();
                return caller.post("/trajectories/druk/signups", body, RESIDENT);
            }));
        }
        start.countDown();
        int confirmed = 0;
        int waitlisted = 0;
        for (Future<LambdaInvoker.Response> answer : answers) {
            LambdaInvoker.Response response = answer.get();
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            switch (response.json().path("status").asText()) {
                case "confirmed" -> confirmed++;
                case "waitlisted" -> waitlisted++;
                default -> throw new AssertionError(response.body());
            }
        }
        pool.shutdown();

        assertThat(confirmed).isEqualTo(10);
        assertThat(waitlisted).isEqualTo(40);
        JsonNode signUps = staff.get("/staff/trajectories/druk/signups", STAFF).json().path("signUps");
        assertThat(signUps).hasSize(50);
        assertThat(signUps.findValuesAsText("email")).doesNotHaveDuplicates().hasSize(50);
        assertThat(signUps.findValuesAsText("status").stream().filter("confirmed"::equals).count()).isEqualTo(10);
        JsonNode counts = staff.get("/staff/trajectories/druk", STAFF).json().path("counts");
        assertThat(counts.path("confirmed").asInt()).isEqualTo(10);
        assertThat(counts.path("waitlisted").asInt()).isEqualTo(40);
    }
}

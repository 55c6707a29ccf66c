package nl.stadmaken.contract;

import static nl.stadmaken.contract.FaultedFunctions.replay;
import static nl.stadmaken.contract.FaultedFunctions.sampleBody;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.FaultProxy;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-ups and bookings that went through while their answer was lost, and whose idempotency record is gone as well:
 * released after a 503, or lapsed after its 24 hours. A retry with the same Idempotency-Key and body finds the write
 * as its own and answers it again with the same token, where it used to meet a taken email address or a full slot.
 */
@ExtendWith(DynamoDbExtension.class)
class LostAnswersIT {

    private final TestTables tables;
    @AutoClose
    private final FaultedFunctions functions;
    private final FaultProxy proxy;

    LostAnswersIT(TestTables tables) {
        this.tables = tables;
        this.functions = FaultedFunctions.start(tables);
        this.proxy = functions.proxy();
    }

    @Test
    void aSignUpAnswered503AfterItWentThroughIsAnsweredWithItsTokenOnRetry() {
        HandlerClient trajectories = publishedTrajectory("verloren-antwoord");
        Supplier<LambdaInvoker.Response> signUp = () -> trajectories.call("POST", "/trajectories/verloren-antwoord/signups",
                "{\"name\": \"Anna\", \"email\": \"anna@example.nl\", \"consent\": true}", Map.of("idempotency-key", "anna-1"), RESIDENT);

        LambdaInvoker.Response lost = everyAnswerLost(signUp);
        LambdaInvoker.Response retried = signUp.get();

        assertThat(lost.status()).as(lost.body()).isEqualTo(503);
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertSignedUpOnceAndWithdrawable(trajectories, "verloren-antwoord", retried.json());
    }

    @Test
    void aSignUpWhoseIdempotencyRecordLapsedIsAnsweredWithItsTokenOnRetry() {
        HandlerClient trajectories = publishedTrajectory("verlopen-sleutel");
        Supplier<LambdaInvoker.Response> signUp = () -> trajectories.call("POST", "/trajectories/verlopen-sleutel/signups",
                "{\"name\": \"Bram\", \"email\": \"bram@example.nl\", \"consent\": true}", Map.of("idempotency-key", "bram-1"), RESIDENT);

        Answers answers = answeredAgainOnceTheRecordLapsed(signUp, "ParticipationTable");

        assertThat(answers.retried()).as("the same answer").isEqualTo(answers.first());
        assertSignedUpOnceAndWithdrawable(trajectories, "verlopen-sleutel", answers.retried());
    }

    @Test
    void aBookingAnswered503AfterItWentThroughIsAnsweredWithItsTokenThoughTheSlotIsFull() {
        HandlerClient officeHours = hostWithSlot("09:00", 1);
        Supplier<LambdaInvoker.Response> booking = () -> officeHours.call("POST", "/spreekuur/slots/demo-wethouder-20270329-0900/bookings",
                "{\"name\": \"Anna\", \"email\": \"anna@example.nl\", \"topic\": \"Groen\"}", Map.of("idempotency-key", "anna-2"), RESIDENT);

        LambdaInvoker.Response lost = everyAnswerLost(booking);
        LambdaInvoker.Response retried = booking.get();

        assertThat(lost.status()).as(lost.body()).isEqualTo(503);
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertBookedOnceAndManageable(officeHours, retried.json());
    }

    @Test
    void aBookingWhoseIdempotencyRecordLapsedIsAnsweredWithItsTokenOnRetry() {
        HandlerClient officeHours = hostWithSlot("10:00", 2);
        Supplier<LambdaInvoker.Response> booking = () -> officeHours.call("POST", "/spreekuur/slots/demo-wethouder-20270329-1000/bookings",
                "{\"name\": \"Bram\", \"email\": \"bram@example.nl\", \"topic\": \"Groen\"}", Map.of("idempotency-key", "bram-2"), RESIDENT);

        Answers answers = answeredAgainOnceTheRecordLapsed(booking, "SpreekuurTable");

        assertThat(answers.retried().path("id")).isEqualTo(answers.first().path("id"));
        assertThat(answers.retried().path("manageToken")).isEqualTo(answers.first().path("manageToken"));
        assertBookedOnceAndManageable(officeHours, answers.retried());
    }

    /**
     * Every attempt of the write's transaction reaches DynamoDB and every answer is lost (500): the first attempt
     * takes effect, the SDK's retries find it done, and the request is answered 503. Its claim is released.
     */
    private LambdaInvoker.Response everyAnswerLost(Supplier<LambdaInvoker.Response> request) {
        proxy.plan(FaultProxy.Plan.of(1.0, List.of(FaultProxy.Fault.INTERNAL_ERROR_AFTER), Duration.ZERO, 17).on(Set.of("TransactWriteItems")));
        try {
            return request.get();
        } finally {
            proxy.plan(FaultProxy.Plan.NONE);
        }
    }

    private HandlerClient publishedTrajectory(String id) {
        HandlerClient trajectories = functions.participation();
        String draft = sampleBody("participation", "staff-update-trajectory").replace("demo-speelplek", id);
        assertThat(trajectories.post("/staff/trajectories", draft, STAFF).status()).isEqualTo(201);
        assertThat(trajectories.post("/staff/trajectories/" + id + "/publish", null, STAFF).status()).isEqualTo(200);
        return trajectories;
    }

    private HandlerClient hostWithSlot(String start, int capacity) {
        HandlerClient officeHours = functions.spreekuur();
        replay(officeHours, "spreekuur", "staff-save-host");
        assertThat(officeHours.post("/staff/spreekuur/slots", """
                {"host": "demo-wethouder", "date": "2027-03-29", "start": "%s", "minutes": 20, "location": "stadhuis",
                 "address": "Grote Markt 2, Haarlem", "capacity": %d}""".formatted(start, capacity), STAFF).status()).isEqualTo(201);
        return officeHours;
    }

    private record Answers(JsonNode first, JsonNode retried) {
    }

    /**
     * Sends the request, then drops the table's idempotency records as if they had lapsed (the writes they answered
     * stay), and sends it again: both are answered 201, the second from what it finds in the table, not replayed.
     */
    private Answers answeredAgainOnceTheRecordLapsed(Supplier<LambdaInvoker.Response> request, String table) {
        LambdaInvoker.Response first = request.get();
        functions.items(table).stream().filter(item -> item.get("pk").s().startsWith("IDEMPOTENCY#")).forEach(item ->
                tables.client().deleteItem(delete -> delete.tableName(tables.name(table))
                        .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))));
        LambdaInvoker.Response retried = request.get();

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.headers()).as("found in the table, not replayed").doesNotContainKey("idempotent-replayed");
        return new Answers(first.json(), retried.json());
    }

    private static void assertSignedUpOnceAndWithdrawable(HandlerClient trajectories, String id, JsonNode receipt) {
        JsonNode signUps = trajectories.get("/staff/trajectories/" + id + "/signups", STAFF).json().path("signUps");
        assertThat(signUps).hasSize(1);
        assertThat(signUps.get(0).path("id")).isEqualTo(receipt.path("id"));
        LambdaInvoker.Response withdrawn = trajectories.post("/withdrawals",
                "{\"token\": \"" + receipt.path("withdrawalToken").asText() + "\"}", RESIDENT);
        assertThat(withdrawn.status()).as("the token works: " + withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asText()).isEqualTo("withdrawn");
    }

    private void assertBookedOnceAndManageable(HandlerClient officeHours, JsonNode receipt) {
        String slot = receipt.path("slot").path("id").asText();
        assertThat(functions.items("SpreekuurTable").stream().filter(item -> item.get("pk").s().startsWith("BOOKING#")
                && item.get("slotId").s().equals(slot)).toList()).as("one booking in the slot")
                .singleElement().satisfies(item -> assertThat(item.get("pk").s()).isEqualTo("BOOKING#" + receipt.path("id").asText()));
        String token = "{\"token\": \"" + receipt.path("manageToken").asText() + "\"}";
        LambdaInvoker.Response lookup = officeHours.post("/spreekuur/bookings/lookup", token, RESIDENT);
        assertThat(lookup.status()).as("the token works: " + lookup.body()).isEqualTo(200);
        assertThat(lookup.json().path("id")).isEqualTo(receipt.path("id"));
        assertThat(officeHours.post("/spreekuur/bookings/cancel", token, RESIDENT).json().path("status").asText()).isEqualTo("cancelled");
    }
}

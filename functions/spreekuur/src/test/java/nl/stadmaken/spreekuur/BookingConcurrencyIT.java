package nl.stadmaken.spreekuur;

import static nl.stadmaken.spreekuur.SpreekuurFixture.booking;
import static nl.stadmaken.spreekuur.SpreekuurFixture.expect;
import static nl.stadmaken.spreekuur.SpreekuurFixture.host;
import static nl.stadmaken.spreekuur.SpreekuurFixture.slot;
import static nl.stadmaken.spreekuur.SpreekuurFixture.token;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
class BookingConcurrencyIT {

    private final TestTables tables;

    BookingConcurrencyIT(TestTables tables) {
        this.tables = tables;
    }

    @Test
    void hundredParallelBookingsOfAOneSeatSlotGiveOneBookingAndNinetyNineConflicts() throws Exception {
        HandlerClient staff = SpreekuurFixture.client(tables);
        host(staff, "druk");
        String slot = slot(staff, "druk", "2027-03-29", "09:00", 1);
        List<Callable<LambdaInvoker.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // Each caller has its own handler, as parallel Lambda instances would.
            HandlerClient caller = SpreekuurFixture.client(tables);
            String body = booking("Bewoner " + i, "bewoner" + i + "@example.nl");
            calls.add(() -> caller.post("/spreekuur/slots/" + slot + "/bookings", body, RESIDENT));
        }

        List<LambdaInvoker.Response> answers = all(calls);

        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
        List<LambdaInvoker.Response> refused = answers.stream().filter(a -> a.status() != 201).toList();
        assertThat(refused).hasSize(99).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(409);
            assertThat(answer.json().path("type").asText()).isEqualTo("urn:stadmaken:problem:slot-full");
        });
        JsonNode agenda = expect(staff.get("/staff/spreekuur/agenda?host=druk&date=2027-03-29", STAFF), 200);
        assertThat(agenda.path("slots").get(0).path("seatsLeft").asInt()).isZero();
        assertThat(agenda.path("slots").get(0).path("bookings")).hasSize(1);
    }

    @Test
    void parallelMovesAndCancellationsNeverCountASeatTwiceOrLoseOne() throws Exception {
        HandlerClient staff = SpreekuurFixture.client(tables);
        host(staff, "schuiven");
        String start = slot(staff, "schuiven", "2027-03-30", "09:00", 10);
        List<String> targets = List.of(slot(staff, "schuiven", "2027-03-30", "10:00", 3),
                slot(staff, "schuiven", "2027-03-30", "11:00", 3));
        List<String> tokens = IntStream.range(0, 10).mapToObj(i -> expect(staff.post("/spreekuur/slots/" + start + "/bookings",
                booking("Bewoner " + i, "schuif" + i + "@example.nl"), RESIDENT), 201).path("manageToken").asText()).toList();
        List<Callable<LambdaInvoker.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HandlerClient mover = SpreekuurFixture.client(tables);
            String move = "{\"token\": \"" + tokens.get(i) + "\", \"slotId\": \"" + targets.get(i % 2) + "\"}";
            calls.add(() -> mover.post("/spreekuur/bookings/move", move, RESIDENT));
            if (i % 3 == 0) {
                HandlerClient canceller = SpreekuurFixture.client(tables);
                String cancel = token(tokens.get(i));
                calls.add(() -> canceller.post("/spreekuur/bookings/cancel", cancel, RESIDENT));
            }
        }

        List<LambdaInvoker.Response> answers = all(calls);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isIn(200, 409));
        JsonNode agenda = expect(staff.get("/staff/spreekuur/agenda?host=schuiven&date=2027-03-30", STAFF), 200);
        int active = 0;
        for (JsonNode slot : agenda.path("slots")) {
            int taken = slot.path("capacity").asInt() - slot.path("seatsLeft").asInt();
            assertThat(slot.path("bookings")).as(slot.path("id").asText()).hasSize(taken);
            assertThat(taken).isLessThanOrEqualTo(slot.path("capacity").asInt());
            active += taken;
        }
        long stillBooked = tokens.stream()
                .map(t -> expect(staff.post("/spreekuur/bookings/lookup", token(t), RESIDENT), 200).path("status").asText())
                .filter("booked"::equals).count();
        assertThat(active).isEqualTo((int) stillBooked).isEqualTo(10 - 4);
        long seats = tables.client().scan(scan -> scan.tableName(tables.name("SpreekuurTable"))).items().stream()
                .filter(item -> item.get("pk").s().startsWith("SLOT#schuiven") && item.get("sk").s().startsWith("SEAT#")).count();
        assertThat(seats).isEqualTo(stillBooked);
    }

    private static List<LambdaInvoker.Response> all(List<Callable<LambdaInvoker.Response>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<LambdaInvoker.Response>> futures = new ArrayList<>();
            for (Callable<LambdaInvoker.Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<LambdaInvoker.Response> answers = new ArrayList<>();
            for (Future<LambdaInvoker.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}

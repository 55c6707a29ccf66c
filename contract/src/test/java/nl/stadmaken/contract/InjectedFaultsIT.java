package nl.stadmaken.contract;

import static nl.stadmaken.contract.FaultedFunctions.replay;
import static nl.stadmaken.contract.FaultedFunctions.sampleBody;
import static nl.stadmaken.contract.FaultedFunctions.votingCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.FaultProxy;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.TableSnapshot;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sign-ups, ballots and bookings while a fault proxy between the handlers and DynamoDB throttles, fails with 500 and
 * 503, conflicts transactions and lets calls time out, before and after they took effect. Residents retry with the
 * same Idempotency-Key until they have an answer. Every answer on the way is a success, 503 with Retry-After, or 409
 * while the first attempt is still held, always problem+json and never a 500; in the end each resident's write is in
 * the table exactly once, as acknowledged, and nothing else is: no half transaction, no counter off by one.
 */
@ExtendWith(DynamoDbExtension.class)
class InjectedFaultsIT {

    private static final double RATE = 0.3;
    private static final int RESIDENTS = 16;
    private static final int CLIENTS = 3;
    private static final Duration GIVE_UP = Duration.ofSeconds(90);

    private final TestTables tables;
    @AutoClose
    private final FaultedFunctions functions;
    private final FaultProxy proxy;

    InjectedFaultsIT(TestTables tables) {
        this.tables = tables;
        this.functions = FaultedFunctions.start(tables);
        this.proxy = functions.proxy();
    }

    @Test
    void eachSignUpTakesEffectOnceUnderFaults() {
        HandlerClient staff = functions.participation();
        replay(staff, "participation", "staff-create-trajectory", "staff-update-trajectory", "staff-publish-trajectory");

        Map<Integer, JsonNode> receipts = underFaults(21, resident -> staff.call("POST", "/trajectories/demo-speelplek/signups",
                "{\"name\": \"Bewoner %d\", \"email\": \"bewoner%d@example.nl\", \"consent\": true}".formatted(resident, resident),
                Map.of("idempotency-key", "signup-" + resident), HandlerClient.RESIDENT), 201);

        List<Map<String, AttributeValue>> items = functions.items("ParticipationTable").stream()
                .filter(i -> i.get("pk").s().equals("TRAJ#demo-speelplek") || i.get("pk").s().startsWith("IDEMPOTENCY#")).toList();
        Map<String, String> statusById = items.stream().filter(i -> sk(i).startsWith("SIGNUP#") && !sk(i).endsWith("#PERSON"))
                .collect(Collectors.toMap(i -> i.get("signUpId").s(), i -> i.get("status").s()));
        receipts.values().forEach(receipt -> assertThat(statusById.get(receipt.path("id").asText()))
                .as("acknowledged sign-up stored as told").isEqualToIgnoringCase(receipt.path("status").asText()));
        assertThat(statusById).hasSize(RESIDENTS);
        assertThat(items.stream().filter(i -> sk(i).endsWith("#PERSON")).map(i -> i.get("email").s()).sorted().toList())
                .as("one sign-up per resident").isEqualTo(expected("bewoner%d@example.nl"));
        Map<String, AttributeValue> trajectory = only(items, "TRAJECTORY");
        long confirmed = statusById.values().stream().filter("CONFIRMED"::equals).count();
        assertThat(number(trajectory, "confirmed")).isEqualTo(confirmed).isEqualTo(2);
        assertThat(number(trajectory, "waitlisted")).isEqualTo(RESIDENTS - confirmed)
                .isEqualTo(items.stream().filter(i -> sk(i).startsWith("WAIT#")).count());
        assertThat(items.stream().filter(i -> sk(i).startsWith("EMAIL#")).count()).isEqualTo(RESIDENTS);
        assertNoClaimLeft(items);
    }

    @Test
    void eachBallotTakesEffectOnceUnderFaults() {
        HandlerClient staff = functions.budget();
        replay(staff, "budget", "staff-create-round", "staff-update-round", "staff-add-proposal", "staff-add-second-proposal",
                "staff-add-third-proposal", "staff-open-round");
        LambdaInvoker.Response csv = staff.call("POST", "/staff/budget/rounds/demo-schalkwijk/codes",
                "{\"count\": " + RESIDENTS + "}", Map.of(), HandlerClient.STAFF);
        List<String> codes = votingCodes(csv.body());
        assertThat(codes).hasSize(RESIDENTS);

        Map<Integer, JsonNode> receipts = underFaults(33, voter -> staff.call("POST", "/budget/rounds/demo-schalkwijk/ballots",
                "{\"code\": \"%s\", \"proposals\": [\"speeltuin\", \"moestuin\"]}".formatted(codes.get(voter)),
                Map.of("idempotency-key", "ballot-" + voter), HandlerClient.RESIDENT), 201);

        List<Map<String, AttributeValue>> ballots = functions.items("BudgetTable").stream()
                .filter(i -> i.get("pk").s().startsWith("ROUND#demo-schalkwijk") && sk(i).startsWith("CODE#")).toList();
        assertThat(ballots).hasSize(RESIDENTS).allSatisfy(ballot ->
                assertThat(ballot.get("choices").ss()).containsExactlyInAnyOrder("speeltuin", "moestuin"));
        assertThat(ballots.stream().map(b -> b.get("receipt").s()).sorted().toList()).as("every receipt handed out is stored")
                .isEqualTo(receipts.values().stream().map(r -> r.path("receipt").asText()).sorted().toList());
        assertNoClaimLeft(functions.items("BudgetTable"));
    }

    @Test
    void eachBookingTakesEffectOnceUnderFaults() {
        HandlerClient staff = functions.spreekuur();
        replay(staff, "spreekuur", "staff-save-host", "staff-create-series");
        List<String> slots = new ArrayList<>();
        staff.get("/spreekuur/slots?host=demo-wethouder", HandlerClient.RESIDENT).json().path("slots")
                .forEach(slot -> slots.add(slot.path("id").asText()));
        assertThat(slots).hasSizeGreaterThanOrEqualTo(RESIDENTS);

        Map<Integer, JsonNode> receipts = underFaults(45, resident -> staff.call("POST", "/spreekuur/slots/" + slots.get(resident) + "/bookings",
                "{\"name\": \"Bewoner %d\", \"email\": \"bewoner%d@example.nl\", \"topic\": \"Groen\"}".formatted(resident, resident),
                Map.of("idempotency-key", "booking-" + resident), HandlerClient.RESIDENT), 201);

        List<Map<String, AttributeValue>> items = functions.items("SpreekuurTable");
        List<Map<String, AttributeValue>> bookings = items.stream().filter(i -> i.get("pk").s().startsWith("BOOKING#")).toList();
        assertThat(bookings.stream().map(b -> b.get("pk").s().substring("BOOKING#".length())).sorted().toList())
                .as("exactly the acknowledged bookings").isEqualTo(receipts.values().stream().map(r -> r.path("id").asText()).sorted().toList());
        assertThat(items.stream().filter(i -> sk(i).startsWith("SEAT#")).count()).isEqualTo(RESIDENTS);
        assertThat(items.stream().filter(i -> sk(i).equals("SLOT")).mapToLong(i -> number(i, "booked")).sum()).isEqualTo(RESIDENTS);
        assertThat(items.stream().filter(i -> i.get("pk").s().startsWith("OUTBOX#")).count()).as("one confirmation each").isEqualTo(RESIDENTS);
        assertThat(items.stream().filter(i -> i.get("pk").s().startsWith("RESIDENT#")).count()).isEqualTo(RESIDENTS);
        assertNoClaimLeft(items);
    }

    @Test
    void faultsThatOutlastTheRetriesAreAnswered503InTimeAndLeaveNothing() {
        HandlerClient trajectories = functions.participation();
        String draft = sampleBody("participation", "staff-update-trajectory").replace("demo-speelplek", "storing-proef");
        assertThat(trajectories.call("POST", "/staff/trajectories", draft, Map.of(), HandlerClient.STAFF).status()).isEqualTo(201);
        assertThat(trajectories.call("POST", "/staff/trajectories/storing-proef/publish", null, Map.of(), HandlerClient.STAFF).status()).isEqualTo(200);
        HandlerClient officeHours = functions.spreekuur();
        replay(officeHours, "spreekuur", "staff-save-host", "staff-create-series");
        TableSnapshot before = TableSnapshot.of(tables.client(), tables.names().values());
        Supplier<LambdaInvoker.Response> signUp = () -> trajectories.call("POST", "/trajectories/storing-proef/signups",
                "{\"name\": \"Anna\", \"email\": \"anna@example.nl\", \"consent\": true}", Map.of("idempotency-key", "anna"), HandlerClient.RESIDENT);
        Supplier<LambdaInvoker.Response> booking = () -> officeHours.call("POST", "/spreekuur/slots/demo-wethouder-20270329-1300/bookings",
                "{\"name\": \"Anna\", \"email\": \"anna@example.nl\", \"topic\": \"Groen\"}", Map.of(), HandlerClient.RESIDENT);

        for (FaultProxy.Fault fault : List.of(FaultProxy.Fault.THROTTLING, FaultProxy.Fault.INTERNAL_ERROR,
                FaultProxy.Fault.UNAVAILABLE, FaultProxy.Fault.TRANSACTION_CONFLICT, FaultProxy.Fault.TIMEOUT)) {
            proxy.plan(FaultProxy.Plan.of(1.0, List.of(fault), Duration.ofMillis(1_300), 5));
            for (Supplier<LambdaInvoker.Response> request : List.of(signUp, booking)) {
                long started = System.nanoTime();
                LambdaInvoker.Response response = request.get();
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(response.status()).as(fault + ": " + response.body()).isEqualTo(503);
                assertThat(response.contentType()).isEqualTo("application/problem+json");
                assertThat(response.headers()).containsEntry("retry-after", "1");
                assertThat(took).as(fault + ": answered before Lambda's 10 second timeout").isLessThan(Duration.ofMillis(9_500));
            }
        }
        proxy.plan(FaultProxy.Plan.NONE);

        assertThat(TableSnapshot.of(tables.client(), tables.names().values()).differencesFrom(before, item -> false))
                .as("nothing stored by requests that were answered 503").isEmpty();
        assertThat(signUp.get().status()).as("and once DynamoDB is back, the same request goes through").isEqualTo(201);
    }

    /**
     * Each resident sends the request until it is answered {@code success}, from a few parallel clients, with faults
     * injected at {@link #RATE}; gives the answers. Then, with the faults off, the same request again replays the answer.
     */
    private Map<Integer, JsonNode> underFaults(long seed, IntFunction<LambdaInvoker.Response> request, int success) {
        proxy.plan(FaultProxy.Plan.of(RATE, List.of(FaultProxy.Fault.values()), Duration.ofMillis(1_300), seed));
        Map<Integer, JsonNode> answers = new ConcurrentHashMap<>();
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int resident = 0; resident < RESIDENTS; resident++) {
                int who = resident;
                done.add(clients.submit(() -> answers.put(who, untilAnswered(() -> request.apply(who), success, seen))));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (Exception e) {
            throw new AssertionError("a resident got no answer", e);
        } finally {
            clients.shutdownNow();
            proxy.plan(FaultProxy.Plan.NONE);
        }
        System.out.println("faults injected " + proxy.injected() + ", answers on the way " + new TreeMap<>(seen));
        assertThat(proxy.totalInjected()).as("faults struck").isGreaterThanOrEqualTo(RESIDENTS / 2);
        assertThat(proxy.injected().values().stream().filter(count -> count > 0).count()).as("kinds of fault struck").isGreaterThanOrEqualTo(4);
        for (int resident = 0; resident < RESIDENTS; resident++) {
            LambdaInvoker.Response again = request.apply(resident);
            assertThat(again.status()).isEqualTo(success);
            assertThat(again.headers()).containsEntry("idempotent-replayed", "true");
            assertThat(again.json()).as("the same answer again").isEqualTo(answers.get(resident));
        }
        return answers;
    }

    private static JsonNode untilAnswered(Supplier<LambdaInvoker.Response> request, int success, Map<String, Integer> seen) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            LambdaInvoker.Response response = request.get();
            String type = response.status() >= 400 ? response.json().path("type").asText() : "";
            seen.merge(response.status() + (type.isEmpty() ? "" : " " + type.substring(type.lastIndexOf(':') + 1)), 1, Integer::sum);
            if (response.status() == success) {
                return response.json();
            }
            assertThat(response.contentType()).as(response.body()).isEqualTo("application/problem+json");
            if (response.status() == 503) {
                assertThat(response.headers()).as("503 says when to retry").containsKey("retry-after");
            } else {
                assertThat(type).as("only a held Idempotency-Key may delay: " + response.body()).endsWith(":idempotency-in-progress");
            }
            pause(response.status() == 503 ? 20 : 250);
        }
        throw new AssertionError("no answer within " + GIVE_UP);
    }

    /** Every idempotency record is complete: none is left claimed by an attempt that failed. */
    private static void assertNoClaimLeft(List<Map<String, AttributeValue>> items) {
        assertThat(items.stream().filter(i -> i.get("pk").s().startsWith("IDEMPOTENCY#")).map(i -> i.get("state").s()).collect(Collectors.toSet()))
                .isEqualTo(Set.of("DONE"));
    }

    private static Map<String, AttributeValue> only(List<Map<String, AttributeValue>> items, String sk) {
        List<Map<String, AttributeValue>> found = items.stream().filter(i -> sk(i).equals(sk)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<String> expected(String pattern) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            values.add(pattern.formatted(i));
        }
        return values.stream().sorted().toList();
    }

    private static String sk(Map<String, AttributeValue> item) {
        return item.get("sk").s();
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

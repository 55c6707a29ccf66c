package nl.stadmaken.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonTree;
import nl.stadmaken.testkit.FaultProxy;
import nl.stadmaken.testkit.RepositoryPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A bounded load test of the local runner over loopback: parallel residents sign up, vote and book for a fixed time,
 * first without faults, then with a fault proxy between the functions and DynamoDB. It reports requests, answers by
 * status and latency percentiles (to the log and {@code local/target/load-report.md}), and checks: no 5xx without
 * faults, no 500 with them, and in the tables exactly the writes that were acknowledged. Length and clients:
 * {@code -Dstadmaken.load.seconds} (default 8 per phase) and {@code -Dstadmaken.load.clients} (default 6).
 */
class LoadIT {

    private static final int SECONDS = Integer.getInteger("stadmaken.load.seconds", 8);
    private static final int CLIENTS = Integer.getInteger("stadmaken.load.clients", 6);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);
    private static final String TRAJECTORY = "gelote-wijkraad-zijlweg-west";
    private static final String ROUND = "schalkwijk-aan-zet";
    /** Faults that answer at once: timeouts, which hold a call for the client's whole socket timeout, are left to InjectedFaultsIT. */
    private static final List<FaultProxy.Fault> QUICK_FAULTS = List.of(FaultProxy.Fault.THROTTLING, FaultProxy.Fault.THROUGHPUT_EXCEEDED,
            FaultProxy.Fault.INTERNAL_ERROR, FaultProxy.Fault.UNAVAILABLE, FaultProxy.Fault.TRANSACTION_CONFLICT,
            FaultProxy.Fault.INTERNAL_ERROR_AFTER);

    private static FaultProxy proxy;
    private static LocalRunner runner;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

    private final AtomicInteger residents = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
    private final List<String> slots = new ArrayList<>();
    private final Map<String, String> signedUp = new ConcurrentHashMap<>();
    private final Map<String, String> voted = new ConcurrentHashMap<>();
    private final Map<String, String> booked = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        runner = LocalRunner.start(RepositoryPaths.root(), 0, true, Clock.systemUTC(), emulator -> {
            proxy = FaultProxy.start(emulator);
            return proxy.uri();
        });
    }

    @AfterAll
    static void stop() throws IOException {
        runner.stop();
        proxy.close();
        Path report = RepositoryPaths.root().resolve("local/target/load-report.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, String.join("\n", REPORT) + "\n");
    }

    @Test
    void residentsSignUpVoteAndBookInParallelWithAndWithoutFaults() throws Exception {
        String csv = call("POST", "/staff/budget/rounds/" + ROUND + "/codes", "{\"count\": 1000}", true, null).body();
        Matcher code = Pattern.compile("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}").matcher(csv);
        while (code.find()) {
            codes.add(code.group());
        }
        Json.readTree(call("GET", "/spreekuur/slots", null, false, null).body()).path("slots")
                .forEach(slot -> slots.add(slot.path("id").asText()));
        assertThat(codes).hasSize(1000);
        assertThat(slots).isNotEmpty();

        Phase calm = run("without faults", FaultProxy.Plan.NONE);
        Phase stormy = run("with faults", FaultProxy.Plan.of(0.25, QUICK_FAULTS, Duration.ZERO, 2027).onWrites());

        assertThat(calm.statuses().keySet()).as("no 5xx without faults").allMatch(status -> status < 500);
        assertThat(stormy.statuses()).as("no 500 with faults, only 503 to retry").doesNotContainKey(500);
        assertThat(proxy.totalInjected()).as("faults struck").isPositive();
        assertThat(calm.gaveUp() + stormy.gaveUp()).as("every resident got an answer").isZero();
        assertTablesHoldExactlyTheAcknowledgedWrites();
    }

    private record Phase(Map<Integer, Integer> statuses, int gaveUp) {
    }

    /** One phase: {@link #CLIENTS} residents' clients in parallel for {@link #SECONDS}, each retrying 503s with its key. */
    private Phase run(String name, FaultProxy.Plan plan) throws Exception {
        proxy.plan(plan);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicInteger gaveUp = new AtomicInteger();
        long injectedBefore = proxy.totalInjected();
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                for (int turn = 0; System.nanoTime() < end; turn++) {
                    if (!act(turn % 3, statuses, latencies)) {
                        gaveUp.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        proxy.plan(FaultProxy.Plan.NONE);
        report(name, statuses, latencies, proxy.totalInjected() - injectedBefore);
        return new Phase(new TreeMap<>(statuses), gaveUp.get());
    }

    /** One resident's action until it is answered (retrying 503 and a held key); false if it got no answer in time. */
    private boolean act(int kind, Map<Integer, Integer> statuses, Map<String, List<Long>> latencies) throws Exception {
        int resident = residents.incrementAndGet();
        String email = "belasting-" + resident + "@example.nl";
        String what;
        String path;
        String body;
        String used = null;
        switch (kind) {
            case 0 -> {
                what = "sign-up";
                path = "/trajectories/" + TRAJECTORY + "/signups";
                // The demo panel asks every sign-up for its features and an address.
                body = ("{\"name\": \"Bewoner %d\", \"email\": \"%s\", \"consent\": true, "
                        + "\"features\": {\"geslacht\": \"vrouw\", \"leeftijd\": \"30-49\"}, \"household\": \"2023 AB %d\"}")
                        .formatted(resident, email, resident + 1);
            }
            case 1 -> {
                what = "ballot";
                used = codes.poll();
                path = "/budget/rounds/" + ROUND + "/ballots";
                body = "{\"code\": \"%s\", \"proposals\": [\"buurtmoestuin\", \"bankjes-molenplas\"]}".formatted(used);
            }
            default -> {
                what = "booking";
                path = "/spreekuur/slots/" + slots.get(ThreadLocalRandom.current().nextInt(slots.size())) + "/bookings";
                body = "{\"name\": \"Bewoner %d\", \"email\": \"%s\", \"topic\": \"wonen\"}".formatted(resident, email);
            }
        }
        String key = what + "-" + resident;
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            long started = System.nanoTime();
            HttpResponse<String> response = call("POST", path, body, false, key);
            latencies.computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>())).add((System.nanoTime() - started) / 1_000_000);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 201) {
                JsonTree answer = Json.readTree(response.body());
                switch (kind) {
                    case 0 -> signedUp.put(email, answer.path("id").asText());
                    case 1 -> voted.put(used, answer.path("receipt").asText());
                    default -> booked.put(answer.path("id").asText(), email);
                }
                return true;
            }
            String type = Json.readTree(response.body()).path("type").asText();
            if (response.statusCode() == 409 && (type.endsWith(":slot-full") || type.endsWith(":outside-booking-window"))) {
                return true;
            }
            assertThat(response.statusCode()).as(what + ": " + response.body()).isIn(503, 409);
            Thread.sleep(response.statusCode() == 503 ? 50 : 200);
        }
        return false;
    }

    private void assertTablesHoldExactlyTheAcknowledgedWrites() {
        DynamoDbClient dynamo = DynamoDbClients.fromEnvironment(new Environment(Map.of("DYNAMODB_ENDPOINT", runner.dynamoDbEndpoint())));
        List<Map<String, AttributeValue>> participation = scan(dynamo, "ParticipationTable").stream()
                .filter(i -> i.get("pk").s().equals("TRAJ#" + TRAJECTORY)).toList();
        // The demo panel has sign-ups of its own; the load test's are those with its addresses.
        assertThat(participation.stream().filter(i -> i.get("sk").s().endsWith("#PERSON") && i.get("email").s().startsWith("belasting-"))
                .collect(Collectors.toMap(i -> i.get("email").s(), i -> i.get("signUpId").s())))
                .as("sign-ups: exactly those acknowledged").isEqualTo(signedUp);

        Map<String, String> receipts = new TreeMap<>();
        scan(dynamo, "BudgetTable").stream().filter(i -> i.get("pk").s().equals("ROUND#" + ROUND) && i.containsKey("choices"))
                .forEach(i -> receipts.put(i.get("sk").s(), i.get("receipt").s()));
        assertThat(Set.copyOf(receipts.values())).as("ballots: exactly those acknowledged").isEqualTo(Set.copyOf(voted.values()))
                .hasSize(voted.size());

        List<Map<String, AttributeValue>> spreekuur = scan(dynamo, "SpreekuurTable");
        assertThat(spreekuur.stream().filter(i -> i.get("pk").s().startsWith("BOOKING#")).map(i -> i.get("pk").s().substring(8)).collect(Collectors.toSet()))
                .as("bookings: exactly those acknowledged").isEqualTo(booked.keySet());
        assertThat(spreekuur.stream().filter(i -> i.get("sk").s().startsWith("SEAT#")).count()).isEqualTo(booked.size());
        assertThat(spreekuur.stream().filter(i -> i.get("sk").s().equals("SLOT")).mapToLong(i -> Long.parseLong(i.get("booked").n())).sum())
                .isEqualTo(booked.size());
        REPORT.add("Acknowledged and stored: " + signedUp.size() + " sign-ups, " + voted.size() + " ballots, " + booked.size() + " bookings.");
    }

    private static List<Map<String, AttributeValue>> scan(DynamoDbClient dynamo, String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.scanPaginator(s -> s.tableName(table).consistentRead(true)).items().forEach(items::add);
        return items;
    }

    private static void report(String phase, Map<Integer, Integer> statuses, Map<String, List<Long>> latencies, long injected) {
        int requests = statuses.values().stream().mapToInt(Integer::intValue).sum();
        REPORT.add("### " + phase + ": " + CLIENTS + " clients, " + SECONDS + " s, " + requests + " requests ("
                + requests / SECONDS + "/s), faults injected " + injected);
        REPORT.add("answers by status: " + new TreeMap<>(statuses));
        REPORT.add("| action | requests | p50 ms | p90 ms | p99 ms | max ms |");
        REPORT.add("|---|---|---|---|---|---|");
        new TreeMap<>(latencies).forEach((action, values) -> {
            List<Long> sorted;
            synchronized (values) {
                sorted = values.stream().sorted().toList();
            }
            REPORT.add("| %s | %d | %d | %d | %d | %d |".formatted(action, sorted.size(), percentile(sorted, 50),
                    percentile(sorted, 90), percentile(sorted, 99), sorted.get(sorted.size() - 1)));
        });
        REPORT.add("");
        System.out.println(String.join("\n", REPORT.subList(Math.max(0, REPORT.size() - 5 - latencies.size()), REPORT.size())));
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static HttpResponse<String> call(String method, String path, String body, boolean staff, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runner.port() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("content-type", "application/json");
        }
        if (staff) {
            request.header("authorization", "Bearer " + runner.staffToken());
        }
        if (idempotencyKey != null) {
            request.header("idempotency-key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

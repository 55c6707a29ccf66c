package nl.stadmaken.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stadmaken.indicators.AggregationRun;
import nl.stadmaken.indicators.IndicatorJob;
import nl.stadmaken.indicators.domain.WijkAreas;
import nl.stadmaken.indicators.store.Source;
import nl.stadmaken.indicators.store.SourceFacts;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The indicator job when a small share of many stored items changed: {@code stored} sign-ups lie in the
 * participation table, stamped before the job's watermark, and {@code changed} of them are changed now. The job (the
 * real one, with its counting client) reads only those through the change index and moves counters and snapshots;
 * against it, a full recomputation's least work: scan every item of the table and derive each one's facts, in memory,
 * writing nothing.
 */
final class IncrementalRuns {

    private static final String[] WIJKEN = {"WK039201", "WK039203", "WK039208", "WK039212", "WK039218"};
    private static final String[] AGE_BANDS = {"15-25", "25-45", "45-65", "65+"};
    private static final String TRAJECTORY = "TRAJ#bench-incremental";

    private IncrementalRuns() {
    }

    record Measured(String run, long storedItems, long itemsRead, long requests, double ms) {
    }

    static List<Measured> measure(BenchTables tables, int stored, int changed) {
        Clock clock = Clock.systemUTC();
        String table = tables.name("ParticipationTable");
        DynamoDbClient seeder = CountingClients.of(tables.awsEnvironment(), new RequestCounter());
        Instant before = clock.instant().minus(3, ChronoUnit.DAYS);
        seed(seeder, table, stored, before);

        Map<String, String> variables = new HashMap<>(tables.environmentOf("IndicatorJobFunction"));
        variables.put("CHANGES_SETTLE_SECONDS", "0");
        variables.put("CHANGES_START_DATE", LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1).toString());
        RequestCounter counter = new RequestCounter();
        IndicatorJob job = new IndicatorJob(new Environment(variables), CountingClients.of(tables.awsEnvironment(), counter), clock);
        String watermark = job.run().watermark();
        counter.takeCounts();

        Instant now = clock.instant();
        while (ChangeIndex.TIME.format(now).compareTo(watermark) <= 0) {
            now = clock.instant();
        }
        change(seeder, table, stored, changed, now);
        long start = System.nanoTime();
        AggregationRun.Report report = job.run();
        double incrementalMs = (System.nanoTime() - start) / 1e6;
        if (report.itemsRead() < changed) {
            throw new IllegalStateException("the job read " + report.itemsRead() + " of the " + changed + " changed items");
        }
        long incrementalRequests = total(counter.takeCounts());

        SourceFacts facts = new SourceFacts(WijkAreas.haarlem());
        start = System.nanoTime();
        long scanned = 0;
        long contributions = 0;
        DynamoDbClient scanner = CountingClients.of(tables.awsEnvironment(), counter);
        for (Map<String, AttributeValue> item : scanner.scanPaginator(ScanRequest.builder().tableName(table).build()).items()) {
            scanned++;
            for (long amount : facts.of(Source.PARTICIPATION, item).counters().values()) {
                contributions += amount;
            }
        }
        double fullMs = (System.nanoTime() - start) / 1e6;
        long fullRequests = total(counter.takeCounts());
        if (contributions == 0) {
            throw new IllegalStateException("the scan derived no facts; the seeded items are not sign-ups the job counts");
        }
        return List.of(new Measured("incremental: the indicator job", stored, report.itemsRead(), incrementalRequests, incrementalMs),
                new Measured("full recomputation: scan and derive, no writes", stored, scanned, fullRequests, fullMs));
    }

    private static void seed(DynamoDbClient dynamo, String table, int count, Instant stamp) {
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(signUp(i, stamp)).build()).build());
            if (batch.size() == 25 || i == count - 1) {
                Map<String, List<WriteRequest>> left = Map.of(table, List.copyOf(batch));
                while (!left.isEmpty()) {
                    Map<String, List<WriteRequest>> request = left;
                    left = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
                }
                batch.clear();
            }
        }
    }

    /** Withdraws {@code count} of the {@code stored}, spread evenly, now: the change a sign-up most often sees. */
    private static void change(DynamoDbClient dynamo, String table, int stored, int count, Instant now) {
        int stride = Math.max(1, stored / Math.max(1, count));
        for (int i = 0; i < count; i++) {
            String sk = signUpKey(i * stride);
            Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS(TRAJECTORY), "sk", AttributeValue.fromS(sk));
            Map<String, String> names = new HashMap<>(Map.of("#status", "status"));
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":withdrawn", AttributeValue.fromS("WITHDRAWN")));
            ChangeIndex.addTo(names, values, TRAJECTORY, sk, now);
            dynamo.updateItem(u -> u.tableName(table).key(key).updateExpression("SET #status = :withdrawn, " + ChangeIndex.SET)
                    .expressionAttributeNames(names).expressionAttributeValues(values));
        }
    }

    private static Map<String, AttributeValue> signUp(int i, Instant stamp) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS(TRAJECTORY));
        item.put("sk", AttributeValue.fromS(signUpKey(i)));
        item.put("status", AttributeValue.fromS("CONFIRMED"));
        item.put("wijk", AttributeValue.fromS(WIJKEN[i % WIJKEN.length]));
        item.put("ageBand", AttributeValue.fromS(AGE_BANDS[i % AGE_BANDS.length]));
        item.put("createdAt", AttributeValue.fromS(stamp.toString()));
        item.putAll(ChangeIndex.keys(TRAJECTORY, signUpKey(i), stamp));
        return item;
    }

    private static String signUpKey(int i) {
        return String.format("SIGNUP#%08d", i);
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}

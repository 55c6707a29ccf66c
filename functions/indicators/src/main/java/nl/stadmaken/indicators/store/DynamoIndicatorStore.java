package nl.stadmaken.indicators.store;

import static nl.stadmaken.indicators.store.Items.n;
import static nl.stadmaken.indicators.store.Items.number;
import static nl.stadmaken.indicators.store.Items.s;
import static nl.stadmaken.indicators.store.Items.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stadmaken.indicators.domain.Counter;
import nl.stadmaken.indicators.domain.Fact;
import nl.stadmaken.indicators.domain.Period;
import nl.stadmaken.indicators.domain.PeriodCounts;
import nl.stadmaken.indicators.domain.PeriodKind;
import nl.stadmaken.indicators.domain.Snapshot;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The job's own items in the indicators table: the last fact of each source item ({@code FACT#<source>/<pk>#<sk>},
 * with a version), counters by year ({@code COUNT#<year>/<period>|<metric>|<dimension>|<cell>}, so the periods of a
 * year, whose figures are guarded together, are one query), what a run starts from in one partition (the run
 * lease, the watermark and the reference population staff stored: {@code JOB/LEASE}, {@code JOB/WATERMARK},
 * {@code JOB/POPULATION}), and snapshots ({@code SNAPSHOT#<period>/<computedAt>#<id>}, append-only) with the latest
 * per period ({@code LATEST#<kind>/<period>}).
 */
public final class DynamoIndicatorStore {

    /** A transaction takes 100 writes: the fact and at most 99 counters. */
    private static final int MAX_COUNTERS_PER_FACT = 99;
    /** A transaction takes 100 items and 4 MB; a publication leaves room for its lease check and the watermark. */
    private static final int MAX_PUBLISH_ITEMS = 98;
    private static final long MAX_PUBLISH_BYTES = 3_500_000;
    private static final String JOB = "JOB";
    private static final String LEASE = "LEASE";
    private static final String WATERMARK = "WATERMARK";
    private static final String POPULATION = "POPULATION";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoIndicatorStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public record StoredFact(Fact fact, long version) {
        static final StoredFact NONE = new StoredFact(Fact.NONE, 0);
    }

    public StoredFact fact(Source source, String itemKey) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(factKey(source, itemKey))).item();
        if (item == null || item.isEmpty()) {
            return StoredFact.NONE;
        }
        Map<String, Long> counters = new HashMap<>();
        item.get("counters").m().forEach((key, value) -> counters.put(key, Long.valueOf(value.n())));
        return new StoredFact(new Fact(counters), number(item, "version"));
    }

    /**
     * Replaces an item's fact and moves the counters by the difference, in one transaction conditional on the fact
     * still being the one read, so a counter never moves twice for the same change. False if it changed meanwhile.
     */
    public boolean replace(Source source, String itemKey, StoredFact old, Fact fresh) {
        Map<String, Long> change = fresh.changeFrom(old.fact());
        if (change.isEmpty() && old.fact().equals(fresh)) {
            return true;
        }
        if (change.size() > MAX_COUNTERS_PER_FACT) {
            throw new IllegalStateException("one item moves " + change.size() + " counters; at most " + MAX_COUNTERS_PER_FACT + " fit a transaction");
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> counters = new HashMap<>();
        fresh.counters().forEach((key, amount) -> counters.put(key, n(amount)));
        Map<String, AttributeValue> item = new HashMap<>(factKey(source, itemKey));
        item.put("counters", AttributeValue.fromM(counters));
        item.put("version", n(old.version() + 1));
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression(old.version() == 0 ? "attribute_not_exists(pk)" : "#version = :version")
                .expressionAttributeNames(old.version() == 0 ? null : Map.of("#version", "version"))
                .expressionAttributeValues(old.version() == 0 ? null : Map.of(":version", n(old.version())))).build());
        change.forEach((key, amount) -> writes.add(TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(Map.of("pk", s("COUNT#" + Period.parse(Fact.period(key)).orElseThrow().year().key()), "sk", s(key)))
                .updateExpression("ADD #amount :amount")
                .expressionAttributeNames(Map.of("#amount", "amount"))
                .expressionAttributeValues(Map.of(":amount", n(amount)))).build()));
        try {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }

    /** The counters of a year, its quarters and their months, in one query; a period nothing counted in has none. */
    public Map<Period, PeriodCounts> countsOfYear(Period year) {
        QueryRequest query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", s("COUNT#" + year.key()))).build();
        Map<String, Map<Counter, Long>> byPeriod = new HashMap<>();
        dynamo.queryPaginator(query).items().forEach(item -> {
            String key = text(item, "sk");
            byPeriod.computeIfAbsent(Fact.period(key), period -> new HashMap<>()).put(Fact.counter(key), number(item, "amount"));
        });
        Map<Period, PeriodCounts> counts = new LinkedHashMap<>();
        for (Period period : year.yearWithParts()) {
            counts.put(period, new PeriodCounts(byPeriod.getOrDefault(period.key(), Map.of())));
        }
        return counts;
    }

    /** Where the last run left off, and the reference population staff stored (if any): what a run starts from. */
    public record JobStart(Optional<String> watermark, Optional<StoredPopulation> population) {
    }

    /** One consistent query of the job's partition. */
    public JobStart jobStart() {
        QueryRequest query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", s(JOB))).build();
        Optional<String> watermark = Optional.empty();
        Optional<StoredPopulation> population = Optional.empty();
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(query).items()) {
            switch (text(item, "sk")) {
                case WATERMARK -> watermark = Optional.of(text(item, "watermark"));
                case POPULATION -> population = Optional.of(new StoredPopulation(text(item, "csv"), text(item, "version")));
                default -> {
                    // the lease
                }
            }
        }
        return new JobStart(watermark, population);
    }

    /** A lease so the nightly run and a staff run never apply changes at the same time; it lapses by itself. */
    public boolean lease(String holder, Instant now, Instant until) {
        try {
            dynamo.putItem(p -> p.tableName(table).item(Map.of("pk", s(JOB), "sk", s(LEASE), "holder", s(holder),
                            "until", n(until.toEpochMilli())))
                    .conditionExpression("attribute_not_exists(pk) OR #until < :now")
                    .expressionAttributeNames(Map.of("#until", "until"))
                    .expressionAttributeValues(Map.of(":now", n(now.toEpochMilli()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Gives the lease back by letting it lapse now, for a run that did not publish (publishing gives it back); a put,
     * like taking it, so a run needs no other kind of write.
     */
    public void release(String holder) {
        try {
            dynamo.putItem(p -> p.tableName(table).item(lapsedLease()).conditionExpression("#holder = :holder")
                    .expressionAttributeNames(Map.of("#holder", "holder"))
                    .expressionAttributeValues(Map.of(":holder", s(holder))));
        } catch (ConditionalCheckFailedException e) {
            // The lease lapsed and another run holds it now; that run releases it.
        }
    }

    /** A snapshot to publish, with the id that orders it among its period's snapshots of the same instant. */
    public record Publication(Snapshot snapshot, PeriodKind kind, String id) {
    }

    /**
     * Adds each snapshot to its period's history, makes it the period's latest, and moves the watermark to
     * {@code watermark}, in as few transactions as fit (one, unless a run publishes many years at once; then each
     * year's snapshots still go together, and the watermark with the last): readers never see a year's figures half
     * replaced, which a sum across periods could otherwise give away, and a run that fails before the last leaves the
     * watermark where it was, so the next run reads the same changes and publishes what this one did not. Each
     * transaction checks that {@code holder} still holds the run lease, and the last gives it back (so a run that
     * published needs no request to release it); false, with nothing of that transaction written, if it lost it.
     */
    public boolean publish(List<List<Publication>> years, String watermark, String holder) {
        List<List<TransactWriteItem>> transactions = new ArrayList<>();
        List<TransactWriteItem> current = new ArrayList<>();
        long bytes = 0;
        for (List<Publication> year : years) {
            List<TransactWriteItem> writes = new ArrayList<>();
            long yearBytes = 0;
            for (Publication publication : year) {
                String json = Json.write(publication.snapshot());
                String period = publication.snapshot().period();
                writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(Map.of("pk", s("SNAPSHOT#" + period),
                                "sk", s(publication.snapshot().lineage().computedAt() + "#" + publication.id()), "snapshot", s(json)))
                        .conditionExpression("attribute_not_exists(pk)")).build());
                writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(Map.of("pk", s("LATEST#" + publication.kind().name()),
                        "sk", s(period), "snapshot", s(json)))).build());
                yearBytes += 2L * json.length();
            }
            // A year goes into the current transaction whole, or starts the next; only a year too big for one is split.
            if (!current.isEmpty() && (current.size() + writes.size() > MAX_PUBLISH_ITEMS || bytes + yearBytes > MAX_PUBLISH_BYTES)) {
                transactions.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            for (TransactWriteItem write : writes) {
                long size = write.put().item().get("snapshot").s().length();
                if (!current.isEmpty() && (current.size() == MAX_PUBLISH_ITEMS || bytes + size > MAX_PUBLISH_BYTES)) {
                    transactions.add(current);
                    current = new ArrayList<>();
                    bytes = 0;
                }
                current.add(write);
                bytes += size;
            }
        }
        current.add(TransactWriteItem.builder().put(p -> p.tableName(table)
                .item(Map.of("pk", s(JOB), "sk", s(WATERMARK), "watermark", s(watermark))))
                .build());
        transactions.add(current);
        Map<String, String> holderName = Map.of("#holder", "holder");
        Map<String, AttributeValue> holderValue = Map.of(":holder", s(holder));
        for (List<TransactWriteItem> transaction : transactions) {
            List<TransactWriteItem> items = new ArrayList<>(transaction);
            items.add(transaction == current
                    ? TransactWriteItem.builder().put(p -> p.tableName(table).item(lapsedLease())
                            .conditionExpression("#holder = :holder").expressionAttributeNames(holderName)
                            .expressionAttributeValues(holderValue)).build()
                    : TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Map.of("pk", s(JOB), "sk", s(LEASE)))
                            .conditionExpression("#holder = :holder").expressionAttributeNames(holderName)
                            .expressionAttributeValues(holderValue)).build());
            try {
                dynamo.transactWriteItems(t -> t.transactItems(items));
            } catch (TransactionCanceledException e) {
                if (e.hasCancellationReasons() && "ConditionalCheckFailed".equals(e.cancellationReasons().getLast().code())) {
                    return false;
                }
                throw e;
            }
        }
        return true;
    }

    /** The latest snapshot of every period of a kind, oldest period first. */
    public List<Snapshot> latest(PeriodKind kind) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", s("LATEST#" + kind.name()))).build();
        List<Snapshot> snapshots = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(item -> snapshots.add(snapshot(text(item, "snapshot"))));
        return snapshots;
    }

    /** The latest snapshot of each of these periods that has one, by period key, read in batches of 100. */
    public Map<String, Snapshot> latest(Collection<Period> periods) {
        List<Map<String, AttributeValue>> keys = periods.stream()
                .map(period -> Map.of("pk", s("LATEST#" + period.kind().name()), "sk", s(period.key()))).toList();
        Map<String, Snapshot> latest = new HashMap<>();
        for (int from = 0; from < keys.size(); from += 100) {
            Map<String, KeysAndAttributes> pending = Map.of(table,
                    KeysAndAttributes.builder().keys(keys.subList(from, Math.min(keys.size(), from + 100))).build());
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> request = pending;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(request));
                response.responses().getOrDefault(table, List.of())
                        .forEach(item -> latest.put(text(item, "sk"), snapshot(text(item, "snapshot"))));
                pending = response.unprocessedKeys();
            }
        }
        return latest;
    }

    /** Every snapshot ever computed for one period, oldest first. */
    public List<Snapshot> history(String period) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", s("SNAPSHOT#" + period))).build();
        List<Snapshot> snapshots = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(item -> snapshots.add(snapshot(text(item, "snapshot"))));
        return snapshots;
    }

    public record StoredPopulation(String csv, String version) {
    }

    public Optional<StoredPopulation> population() {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Map.of("pk", s(JOB), "sk", s(POPULATION)))).item();
        return item == null || item.isEmpty() ? Optional.empty()
                : Optional.of(new StoredPopulation(text(item, "csv"), text(item, "version")));
    }

    public void replacePopulation(String csv, String version) {
        dynamo.putItem(p -> p.tableName(table).item(Map.of("pk", s(JOB), "sk", s(POPULATION),
                "csv", s(csv), "version", s(version))));
    }

    /** The lease, free: a run takes it when its time is past. */
    private static Map<String, AttributeValue> lapsedLease() {
        return Map.of("pk", s(JOB), "sk", s(LEASE), "until", n(0));
    }

    private static Map<String, AttributeValue> factKey(Source source, String itemKey) {
        return Map.of("pk", s("FACT#" + source.word()), "sk", s(itemKey));
    }

    private static Snapshot snapshot(String json) {
        try {
            return Json.read(json, Snapshot.class);
        } catch (JsonException e) {
            throw new IllegalStateException("a stored snapshot is not readable", e);
        }
    }
}

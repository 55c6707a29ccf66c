package nl.stadmaken.indicators.store;

import static nl.stadmaken.indicators.store.Items.number;
import static nl.stadmaken.shared.dynamo.Attributes.n;
import static nl.stadmaken.shared.dynamo.Attributes.s;
import static nl.stadmaken.shared.dynamo.Attributes.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.stadmaken.indicators.domain.Counter;
import nl.stadmaken.indicators.domain.Fact;
import nl.stadmaken.indicators.domain.Period;
import nl.stadmaken.indicators.domain.PeriodCounts;
import nl.stadmaken.indicators.domain.PeriodKind;
import nl.stadmaken.indicators.domain.Snapshot;
import nl.stadmaken.shared.dynamo.ConditionalWrites;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The job's own items in the indicators table: the last fact of each source item ({@code FACT#<source>/<pk>#<sk>},
 * with a version), counters by year ({@code COUNT#<year>/<period>|<metric>|<dimension>|<cell>}, so the periods of a
 * year, whose figures are guarded together, are one query) with a digest of what each period published last beside
 * them ({@code COUNT#<year>/PUBLISHED#<period>}, so that query also says what changed), what a run starts from in
 * one partition (the run lease, the watermark and the reference population staff stored: {@code JOB/LEASE},
 * {@code JOB/WATERMARK}, {@code JOB/POPULATION}), and snapshots ({@code SNAPSHOT#<period>/<computedAt>#<id>},
 * append-only) with the latest per period ({@code LATEST#<kind>/<period>}).
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
    private static final String PUBLISHED = "PUBLISHED#";

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
                .key(Map.of("pk", s(yearPartition(Period.parse(Fact.period(key)).orElseThrow())), "sk", s(key)))
                .updateExpression("ADD #amount :amount")
                .expressionAttributeNames(Map.of("#amount", "amount"))
                .expressionAttributeValues(Map.of(":amount", n(amount)))).build()));
        return ConditionalWrites.transactionApplied(() -> dynamo.transactWriteItems(t -> t.transactItems(writes)));
    }

    /**
     * The counters of a year, its quarters and their months (a period nothing counted in has none), and by period key
     * the {@link #figuresDigest} of what each published last (a period never published has none).
     */
    public record YearCounts(Map<Period, PeriodCounts> counts, Map<String, String> published) {
    }

    /** One query. */
    public YearCounts countsOfYear(Period year) {
        QueryRequest query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", s(yearPartition(year)))).build();
        Map<String, Map<Counter, Long>> byPeriod = new HashMap<>();
        Map<String, String> published = new HashMap<>();
        dynamo.queryPaginator(query).items().forEach(item -> {
            String key = text(item, "sk");
            if (key.startsWith(PUBLISHED)) {
                published.put(key.substring(PUBLISHED.length()), text(item, "figures"));
            } else {
                byPeriod.computeIfAbsent(Fact.period(key), period -> new HashMap<>()).put(Fact.counter(key), number(item, "amount"));
            }
        });
        Map<Period, PeriodCounts> counts = new LinkedHashMap<>();
        for (Period period : year.yearWithParts()) {
            counts.put(period, new PeriodCounts(byPeriod.getOrDefault(period.key(), Map.of())));
        }
        return new YearCounts(counts, published);
    }

    /**
     * A digest of the figures a snapshot shows the public (SHA-256 of their JSON): equal figures give equal digests, so
     * a run can tell whether a period's figures changed without reading its last snapshot.
     */
    public static String figuresDigest(Snapshot snapshot) {
        try {
            byte[] json = Json.write(snapshot.publicView().figures()).getBytes(StandardCharsets.UTF_8);
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
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
        return putIf(p -> p.tableName(table).item(Map.of("pk", s(JOB), "sk", s(LEASE), "holder", s(holder),
                        "until", n(until.toEpochMilli())))
                .conditionExpression("attribute_not_exists(pk) OR #until < :now")
                .expressionAttributeNames(Map.of("#until", "until"))
                .expressionAttributeValues(Map.of(":now", n(now.toEpochMilli()))));
    }

    /**
     * Gives the lease back by letting it lapse now, for a run that did not publish (publishing gives it back); if it
     * lapsed and another run holds it now, that run releases it.
     */
    public void release(String holder) {
        putIf(p -> p.tableName(table).item(lapsedLease()).conditionExpression("#holder = :holder")
                .expressionAttributeNames(Map.of("#holder", "holder"))
                .expressionAttributeValues(Map.of(":holder", s(holder))));
    }

    /**
     * A conditional put, as a transaction of one: publishing is a transaction anyway, so a run sends one kind of write
     * and a cold start loads the classes of no other (those of a PutItem cost it some 40 generated classes more).
     * False when the condition failed.
     */
    private boolean putIf(Consumer<Put.Builder> put) {
        try {
            dynamo.transactWriteItems(t -> t.transactItems(TransactWriteItem.builder().put(put).build()));
            return true;
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e)) {
                return false;
            }
            throw e;
        }
    }

    /** A snapshot to publish, with the id that orders it among its period's snapshots of the same instant. */
    public record Publication(Snapshot snapshot, PeriodKind kind, String id) {
    }

    /**
     * Adds each snapshot to its period's history, makes it the period's latest (and its figures' digest the one beside
     * the period's counters), and moves the watermark to
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
                writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(Map.of(
                        "pk", s(yearPartition(Period.parse(period).orElseThrow())), "sk", s(PUBLISHED + period),
                        "figures", s(figuresDigest(publication.snapshot()))))).build());
                yearBytes += 2L * json.length();
            }
            // A year goes into the current transaction whole, or starts the next; only a year too big for one is split.
            if (!current.isEmpty() && (current.size() + writes.size() > MAX_PUBLISH_ITEMS || bytes + yearBytes > MAX_PUBLISH_BYTES)) {
                transactions.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            for (TransactWriteItem write : writes) {
                long size = textSize(write.put().item());
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
                if (conditionFailed(e)) {
                    return false;
                }
                throw e;
            }
        }
        return true;
    }

    /**
     * The latest snapshot of {@code period}, or of the last period of its kind before it that has one: one item read,
     * however many periods came before (a kind's period keys sort in time order).
     */
    public Optional<Snapshot> latestUpTo(Period period) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk AND sk <= :period")
                .expressionAttributeValues(Map.of(":pk", s("LATEST#" + period.kind().name()), ":period", s(period.key())))
                .scanIndexForward(false).limit(1).build();
        return dynamo.query(query).items().stream().findFirst().map(item -> snapshot(text(item, "snapshot")));
    }

    /** The latest snapshot of every period of a kind, oldest period first. */
    public List<Snapshot> latest(PeriodKind kind) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", s("LATEST#" + kind.name()))).build();
        List<Snapshot> snapshots = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(item -> snapshots.add(snapshot(text(item, "snapshot"))));
        return snapshots;
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

    /** The characters of an item's names and text values: near its size, for items of text as these are. */
    private static long textSize(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += attribute.getKey().length() + (attribute.getValue().s() == null ? 8 : attribute.getValue().s().length());
        }
        return size;
    }

    /** The partition of a year's counters: the year of {@code period}. */
    private static String yearPartition(Period period) {
        return "COUNT#" + period.year().key();
    }

    /** Whether the last write of a cancelled transaction (the lease's, where there is one) failed its condition. */
    private static boolean conditionFailed(TransactionCanceledException e) {
        return e.hasCancellationReasons() && "ConditionalCheckFailed".equals(e.cancellationReasons().getLast().code());
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

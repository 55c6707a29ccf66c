package nl.stadmaken.participation.store;

import static nl.stadmaken.participation.store.TrajectoryItems.partition;
import static nl.stadmaken.shared.dynamo.Attributes.n;
import static nl.stadmaken.shared.dynamo.Attributes.s;
import static nl.stadmaken.shared.dynamo.Attributes.text;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.stadmaken.participation.panel.DrawInput;
import nl.stadmaken.participation.panel.DrawRecord;
import nl.stadmaken.participation.panel.OutboxMessage;
import nl.stadmaken.participation.panel.PanelLetter;
import nl.stadmaken.participation.panel.PanelStore;
import nl.stadmaken.participation.panel.SeedRecord;
import nl.stadmaken.shared.dynamo.Attributes;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import nl.stadmaken.shared.dynamo.ConditionalWrites;
import nl.stadmaken.shared.mail.MailItem;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A panel's items, in its trajectory's partition: the seed ({@code sk = PANEL#SEED}), the draws
 * ({@code PANEL#DRAW#0001}, in number order), the draw input ({@code PANEL#INPUT}, with TTL) and the outbox
 * ({@code PANEL#OUTBOX#0001#<member>}, with TTL). Draws are stamped in the {@code changes} index.
 */
public final class DynamoPanelStore implements PanelStore {

    private static final String PANEL = "PANEL#";
    private static final String SEED = "PANEL#SEED";
    private static final String DRAW = "PANEL#DRAW#";
    private static final String INPUT = "PANEL#INPUT";
    private static final String OUTBOX = "PANEL#OUTBOX#";
    private static final String NOT_THERE = "attribute_not_exists(pk)";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoPanelStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<SeedRecord> seed(String trajectoryId) {
        return get(trajectoryId, SEED).map(DynamoPanelStore::seed);
    }

    private static SeedRecord seed(Map<String, AttributeValue> item) {
        return new SeedRecord(text(item, "seed"), Instant.parse(text(item, "fixedAt")));
    }

    @Override
    public boolean fixSeed(String trajectoryId, SeedRecord seed) {
        Map<String, AttributeValue> item = key(trajectoryId, SEED);
        item.put("seed", s(seed.seed()));
        item.put("fixedAt", s(seed.fixedAt().toString()));
        return putIfAbsent(item);
    }

    @Override
    public PanelState state(String trajectoryId) {
        // The panel's items sort together (draws, input, outbox, seed), so one query gives them all.
        Optional<SeedRecord> seed = Optional.empty();
        List<DrawRecord> draws = new ArrayList<>();
        Optional<DrawInput> input = Optional.empty();
        Set<PanelStore.Letter> letters = new HashSet<>();
        QueryRequest query = TrajectoryItems.partitionItems(table, trajectoryId, PANEL);
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(query).items()) {
            String sk = item.get("sk").s();
            if (sk.equals(SEED)) {
                seed = Optional.of(seed(item));
            } else if (sk.startsWith(DRAW)) {
                draws.add(draw(item));
            } else if (sk.equals(INPUT)) {
                input = Optional.of(item).filter(stored -> !expired(stored)).map(DynamoPanelStore::input);
            } else if (sk.startsWith(OUTBOX)) {
                letters.add(new PanelStore.Letter(number(item, "drawNumber"), text(item, "member")));
            }
        }
        return new PanelState(seed, draws, input, letters);
    }

    @Override
    public List<DrawRecord> draws(String trajectoryId) {
        List<DrawRecord> draws = new ArrayList<>();
        query(trajectoryId, DRAW).forEach(item -> draws.add(draw(item)));
        return draws;
    }

    @Override
    public Optional<DrawInput> input(String trajectoryId) {
        return get(trajectoryId, INPUT).filter(item -> !expired(item)).map(DynamoPanelStore::input);
    }

    @Override
    public boolean saveDraw(String trajectoryId, DrawRecord draw, Optional<DrawInput> input) {
        String sk = DRAW + String.format("%04d", draw.number());
        Map<String, AttributeValue> item = key(trajectoryId, sk);
        item.putAll(ChangeIndex.keys(partition(trajectoryId), sk, draw.drawnAt()));
        item.putAll(drawAttributes(draw));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression(NOT_THERE)).build());
        input.ifPresent(given -> {
            Map<String, AttributeValue> inputItem = key(trajectoryId, INPUT);
            inputItem.putAll(inputAttributes(given));
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(inputItem).conditionExpression(NOT_THERE)).build());
        });
        return ConditionalWrites.transactionApplied(() -> dynamo.transactWriteItems(t -> t.transactItems(writes)));
    }

    @Override
    public void addToOutbox(String trajectoryId, List<OutboxMessage> messages) {
        for (OutboxMessage message : messages) {
            String sk = outboxPrefix(message.drawNumber()) + message.member();
            Map<String, AttributeValue> item = key(trajectoryId, sk);
            item.put("drawNumber", n(message.drawNumber()));
            item.put("member", s(message.member()));
            item.put("signUpId", s(message.signUpId()));
            item.put("kind", s(message.kind()));
            item.put("name", s(message.name()));
            item.put("trajectoryTitle", s(message.trajectoryTitle()));
            MailItem.put(item, PanelLetter.SENDER_NAME, message.email(), message.subject(), message.text());
            item.put("createdAt", s(message.createdAt().toString()));
            item.put("expiresAt", n(message.expiresAt().getEpochSecond()));
            putIfAbsent(item);
        }
    }

    @Override
    public List<OutboxMessage> outbox(String trajectoryId) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (Map<String, AttributeValue> item : query(trajectoryId, OUTBOX)) {
            if (!expired(item)) {
                messages.add(new OutboxMessage(Integer.parseInt(item.get("drawNumber").n()), text(item, "member"),
                        text(item, "signUpId"), text(item, "kind"), text(item, "name"), text(item, MailItem.TO),
                        text(item, "trajectoryTitle"), text(item, MailItem.SUBJECT), text(item, MailItem.TEXT),
                        Instant.parse(text(item, "createdAt")),
                        Instant.ofEpochSecond(Long.parseLong(item.get("expiresAt").n()))));
            }
        }
        return messages;
    }

    private static Map<String, AttributeValue> drawAttributes(DrawRecord draw) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("number", n(draw.number()));
        item.put("kind", s(draw.kind()));
        item.put("algorithm", s(draw.algorithm()));
        item.put("algorithmVersion", s(draw.algorithmVersion()));
        item.put("seed", s(draw.seed()));
        item.put("inputSha256", s(draw.inputSha256()));
        item.put("panelSize", n(draw.panelSize()));
        item.put("poolSize", n(draw.poolSize()));
        item.put("panel", strings(draw.panel()));
        item.put("drawn", strings(draw.drawn()));
        item.put("replaced", strings(draw.replaced()));
        Map<String, AttributeValue> probabilities = new HashMap<>();
        draw.probabilities().forEach((member, probability) -> probabilities.put(member, AttributeValue.fromN(Double.toString(probability))));
        item.put("probabilities", AttributeValue.fromM(probabilities));
        item.put("minimumProbability", AttributeValue.fromN(Double.toString(draw.minimumProbability())));
        item.put("quotas", quotas(draw.quotas()));
        item.put("drawnAt", s(draw.drawnAt().toString()));
        return item;
    }

    private static DrawRecord draw(Map<String, AttributeValue> item) {
        TreeMap<String, Double> probabilities = new TreeMap<>();
        item.get("probabilities").m().forEach((member, value) -> probabilities.put(member, Double.valueOf(value.n())));
        return new DrawRecord(number(item, "number"), text(item, "kind"), text(item, "algorithm"), text(item, "algorithmVersion"),
                text(item, "seed"), text(item, "inputSha256"), number(item, "panelSize"), number(item, "poolSize"),
                strings(item, "panel"), strings(item, "drawn"), strings(item, "replaced"), probabilities,
                Double.parseDouble(item.get("minimumProbability").n()), quotas(item.get("quotas")),
                Instant.parse(text(item, "drawnAt")));
    }

    private static Map<String, AttributeValue> inputAttributes(DrawInput input) {
        Map<String, AttributeValue> item = new HashMap<>();
        List<AttributeValue> members = new ArrayList<>();
        for (DrawInput.PoolMember member : input.members()) {
            Map<String, AttributeValue> features = new HashMap<>();
            member.features().forEach((feature, value) -> features.put(feature, s(value)));
            Map<String, AttributeValue> entry = new HashMap<>(Map.of("id", s(member.id()), "features", AttributeValue.fromM(features)));
            if (member.household() != null) {
                entry.put("household", s(member.household()));
            }
            members.add(AttributeValue.fromM(entry));
        }
        item.put("members", AttributeValue.fromL(members));
        item.put("quotas", quotas(input.quotas()));
        item.put("panelSize", n(input.panelSize()));
        item.put("oneMemberPerHousehold", AttributeValue.fromBool(input.oneMemberPerHousehold()));
        item.put("algorithm", s(input.algorithm()));
        item.put("expiresAt", n(input.expiresAt().getEpochSecond()));
        return item;
    }

    private static DrawInput input(Map<String, AttributeValue> item) {
        List<DrawInput.PoolMember> members = new ArrayList<>();
        for (AttributeValue value : item.get("members").l()) {
            Map<String, AttributeValue> entry = value.m();
            Map<String, String> features = new HashMap<>();
            entry.get("features").m().forEach((feature, answer) -> features.put(feature, answer.s()));
            members.add(new DrawInput.PoolMember(text(entry, "id"), features, text(entry, "household")));
        }
        return new DrawInput(members, quotas(item.get("quotas")), number(item, "panelSize"),
                item.get("oneMemberPerHousehold").bool(), text(item, "algorithm"),
                Instant.ofEpochSecond(Long.parseLong(item.get("expiresAt").n())));
    }

    private static AttributeValue quotas(List<DrawRecord.QuotaCount> quotas) {
        return AttributeValue.fromL(quotas.stream().map(quota -> AttributeValue.fromM(Map.of(
                "feature", s(quota.feature()), "value", s(quota.value()),
                "min", n(quota.min()), "max", n(quota.max()), "count", n(quota.count())))).toList());
    }

    private static List<DrawRecord.QuotaCount> quotas(AttributeValue value) {
        return value.l().stream().map(AttributeValue::m).map(quota -> new DrawRecord.QuotaCount(text(quota, "feature"),
                text(quota, "value"), number(quota, "min"), number(quota, "max"), number(quota, "count"))).toList();
    }

    private static AttributeValue strings(List<String> values) {
        return AttributeValue.fromL(values.stream().map(Attributes::s).toList());
    }

    private static List<String> strings(Map<String, AttributeValue> item, String name) {
        return item.get(name).l().stream().map(AttributeValue::s).toList();
    }

    private static int number(Map<String, AttributeValue> item, String name) {
        return Integer.parseInt(item.get(name).n());
    }

    /** DynamoDB removes expired items within days, not at once; until then they must not be used. */
    private boolean expired(Map<String, AttributeValue> item) {
        return item.containsKey("expiresAt") && Long.parseLong(item.get("expiresAt").n()) <= clock.instant().getEpochSecond();
    }

    private Optional<Map<String, AttributeValue>> get(String trajectoryId, String sk) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Map.of("pk", s(partition(trajectoryId)), "sk", s(sk)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private List<Map<String, AttributeValue>> query(String trajectoryId, String prefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(TrajectoryItems.partitionItems(table, trajectoryId, prefix)).items().forEach(items::add);
        return items;
    }

    private boolean putIfAbsent(Map<String, AttributeValue> item) {
        return ConditionalWrites.applied(() -> dynamo.putItem(p -> p.tableName(table).item(item).conditionExpression(NOT_THERE)));
    }

    private static String outboxPrefix(int drawNumber) {
        return OUTBOX + String.format("%04d", drawNumber) + "#";
    }

    private static Map<String, AttributeValue> key(String trajectoryId, String sk) {
        return new HashMap<>(Map.of("pk", s(partition(trajectoryId)), "sk", s(sk)));
    }
}

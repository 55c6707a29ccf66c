package nl.stadmaken.budget.store;

import static nl.stadmaken.budget.store.RoundItems.partition;
import static nl.stadmaken.shared.dynamo.Attributes.n;
import static nl.stadmaken.shared.dynamo.Attributes.s;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.stadmaken.budget.domain.BudgetStore;
import nl.stadmaken.budget.domain.Proposal;
import nl.stadmaken.budget.domain.Round;
import nl.stadmaken.budget.domain.RoundResult;
import nl.stadmaken.budget.domain.RoundStatus;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import nl.stadmaken.shared.dynamo.ConditionalWrites;
import nl.stadmaken.shared.dynamo.RequestDeadline;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The budget table. One partition per round ({@code pk = ROUND#<id>}): the round ({@code sk = ROUND}), its proposals
 * ({@code PROPOSAL#<id>}), one item per voting code ({@code CODE#<keyed hash>}) that also holds the ballot cast with
 * it, one mark per whole batch of codes ({@code BATCH#<id>}, which its codes name) and the counted result
 * ({@code RESULT}). Failed code attempts are counted per source and window under {@code ATTEMPTS#<keyed hash>} with a
 * TTL. Index {@code gsi1} lists rounds by status.
 */
public final class DynamoBudgetStore implements BudgetStore {

    private static final String CODE = "CODE#";
    private static final String RESULT = "RESULT";
    private static final String BATCH = "BATCH#";
    /** Kept back from the writes of a batch of codes, to take them away again if those fail. */
    private static final Duration UNDO_TIME = Duration.ofSeconds(1);

    private final DynamoDbClient dynamo;
    private final String table;
    private final BatchWrites batches;

    public DynamoBudgetStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.batches = new BatchWrites(dynamo, table);
    }

    @Override
    public boolean createRound(Round round) {
        return ConditionalWrites.applied(() -> dynamo.putItem(put -> put.tableName(table).item(RoundItems.toItem(round))
                .conditionExpression("attribute_not_exists(pk)")));
    }

    @Override
    public Optional<Round> findRound(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(RoundItems.key(id, RoundItems.ROUND)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(RoundItems.fromItem(item));
    }

    @Override
    public List<Round> listRounds(RoundStatus status) {
        QueryRequest query = QueryRequest.builder().tableName(table).indexName("gsi1")
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", "gsi1pk"))
                .expressionAttributeValues(Map.of(":pk", s(RoundItems.listPartition(status))))
                .build();
        List<Round> rounds = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(item -> rounds.add(RoundItems.fromItem(item)));
        return rounds;
    }

    @Override
    public boolean replaceDraft(Round round) {
        return ConditionalWrites.applied(() -> dynamo.putItem(put -> put.tableName(table).item(RoundItems.toItem(round))
                .conditionExpression("#status = :draft")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":draft", s(RoundStatus.DRAFT.name())))));
    }

    @Override
    public boolean advance(String id, RoundStatus from, RoundStatus to, Instant now) {
        Map<String, String> names = new HashMap<>(Map.of("#status", "status", "#gsi1pk", "gsi1pk",
                "#changed", to.name().toLowerCase(Locale.ROOT) + "At"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":to", s(to.name()), ":from", s(from.name()),
                ":list", s(RoundItems.listPartition(to)), ":now", s(now.toString())));
        ChangeIndex.addTo(names, values, partition(id), RoundItems.ROUND, now);
        return ConditionalWrites.applied(() -> dynamo.updateItem(update -> update.tableName(table)
                .key(RoundItems.key(id, RoundItems.ROUND))
                .updateExpression("SET #status = :to, #gsi1pk = :list, #changed = :now, " + ChangeIndex.SET)
                .conditionExpression("#status = :from")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)));
    }

    @Override
    public boolean putProposal(Proposal proposal) {
        return whileDraft(proposal.roundId(), item -> item.put(put -> put.tableName(table).item(RoundItems.toItem(proposal))));
    }

    @Override
    public boolean deleteProposal(String roundId, String proposalId) {
        return whileDraft(roundId, item -> item.delete(delete -> delete.tableName(table)
                .key(RoundItems.key(roundId, RoundItems.PROPOSAL + proposalId))));
    }

    /** Writes one item in a transaction that also checks the round is still a draft. */
    private boolean whileDraft(String roundId, Consumer<TransactWriteItem.Builder> write) {
        return ConditionalWrites.transactionApplied(() -> dynamo.transactWriteItems(t -> t.transactItems(
                item -> item.conditionCheck(check -> check.tableName(table).key(RoundItems.key(roundId, RoundItems.ROUND))
                        .conditionExpression("#status = :draft")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":draft", s(RoundStatus.DRAFT.name())))),
                write)));
    }

    @Override
    public List<Proposal> proposals(String roundId) {
        List<Proposal> proposals = new ArrayList<>();
        dynamo.queryPaginator(prefixQuery(roundId, RoundItems.PROPOSAL)).items()
                .forEach(item -> proposals.add(RoundItems.proposalFrom(roundId, item)));
        return proposals;
    }

    @Override
    public boolean importRound(Round round, List<Proposal> proposals, List<Set<String>> ballots, List<String> receipts) {
        if (!createRound(round)) {
            return false;
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        proposals.forEach(proposal -> items.add(RoundItems.toItem(proposal)));
        for (int i = 0; i < ballots.size(); i++) {
            Map<String, AttributeValue> ballot = new HashMap<>(Map.of("pk", s(partition(round.id())), "sk", s(CODE + "imported-" + (i + 1)),
                    "closesAt", n(round.closesAt().toEpochMilli()), "choices", AttributeValue.fromSs(List.copyOf(ballots.get(i))),
                    "receipt", s(receipts.get(i)), "castAt", n(round.closesAt().toEpochMilli())));
            ballot.putAll(ChangeIndex.keys(partition(round.id()), CODE + "imported-" + (i + 1), round.createdAt()));
            items.add(ballot);
        }
        batches.putAll(items);
        return true;
    }

    @Override
    public void addCodes(String roundId, String batchId, List<String> codeHashes, Instant closesAt) {
        Map<String, AttributeValue> mark = RoundItems.key(roundId, BATCH + batchId);
        if (dynamo.getItem(get -> get.tableName(table).key(mark).consistentRead(true)).hasItem()) {
            return;
        }
        List<Map<String, AttributeValue>> codes = codeHashes.stream().map(hash -> Map.of("pk", s(partition(roundId)),
                "sk", s(CODE + hash), "closesAt", n(closesAt.toEpochMilli()), "batch", s(batchId))).toList();
        Map<String, AttributeValue> whole = new HashMap<>(mark);
        whole.put("codes", n(codes.size()));
        List<Map<String, AttributeValue>> sent = new ArrayList<>();
        try {
            RequestDeadline.reserving(UNDO_TIME, () -> {
                for (int from = 0; from < codes.size(); from += BatchWrites.SIZE) {
                    List<Map<String, AttributeValue>> part = codes.subList(from, Math.min(codes.size(), from + BatchWrites.SIZE));
                    // Counted before the call: a part that fails may have been written all the same.
                    sent.addAll(part);
                    batches.putAll(part);
                }
                return dynamo.putItem(put -> put.tableName(table).item(whole));
            });
        } catch (RuntimeException e) {
            undo(mark, sent, e);
            throw e;
        }
    }

    /**
     * Takes a failed batch away again, its mark first. If DynamoDB fails us here too, codes may stay behind: without
     * the mark they are not counted, and no one holds them, as they were never answered. A mark that stays (written,
     * its answer lost, then not removed) leaves the batch whole, and a retry with the same key hands out its codes.
     */
    private void undo(Map<String, AttributeValue> mark, List<Map<String, AttributeValue>> sent, RuntimeException failure) {
        try {
            dynamo.deleteItem(delete -> delete.tableName(table).key(mark));
            batches.deleteAll(sent.stream().map(item -> Map.of("pk", item.get("pk"), "sk", item.get("sk"))).toList());
        } catch (SdkException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public Optional<String> castBallot(String roundId, String codeHash, Set<String> choices, String newReceipt,
                                       boolean allowReplace, Instant now) {
        // castAt <> :now: a retry of this very write (its answer lost) fails here instead of counting the cast twice.
        String condition = "attribute_exists(#pk) AND #closesAt > :now AND (attribute_not_exists(#castAt) OR #castAt <> :now)"
                + (allowReplace ? "" : " AND attribute_not_exists(#choices)");
        Map<String, String> names = new HashMap<>(Map.of("#pk", "pk", "#closesAt", "closesAt", "#choices", "choices",
                "#castAt", "castAt", "#receipt", "receipt", "#casts", "casts"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":choices", AttributeValue.fromSs(List.copyOf(choices)),
                ":now", n(now.toEpochMilli()), ":receipt", s(newReceipt), ":one", n(1)));
        ChangeIndex.addTo(names, values, partition(roundId), CODE + codeHash, now);
        try {
            Map<String, AttributeValue> updated = dynamo.updateItem(update -> update.tableName(table)
                    .key(RoundItems.key(roundId, CODE + codeHash))
                    .updateExpression("SET #choices = :choices, #castAt = :now, #receipt = if_not_exists(#receipt, :receipt), "
                            + ChangeIndex.SET + " ADD #casts :one")
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).attributes();
            return Optional.of(updated.get("receipt").s());
        } catch (ConditionalCheckFailedException e) {
            // The SDK retries a call whose answer was lost: if that first attempt stored this very ballot, it stands.
            Map<String, AttributeValue> existing = e.hasItem() ? e.item() : Map.of();
            boolean ours = existing.containsKey("choices") && Set.copyOf(existing.get("choices").ss()).equals(choices)
                    && existing.get("castAt").n().equals(Long.toString(now.toEpochMilli()));
            return ours ? Optional.of(existing.get("receipt").s()) : Optional.empty();
        }
    }

    @Override
    public Optional<StoredBallot> findBallot(String roundId, String codeHash) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(RoundItems.key(roundId, CODE + codeHash)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredBallot(
                item.containsKey("choices") ? Set.copyOf(item.get("choices").ss()) : Set.of(),
                item.containsKey("receipt") ? item.get("receipt").s() : null,
                item.containsKey("castAt") ? Instant.ofEpochMilli(Long.parseLong(item.get("castAt").n())) : null));
    }

    @Override
    public Ballots ballots(String roundId) {
        Set<String> whole = new HashSet<>();
        dynamo.queryPaginator(prefixQuery(roundId, BATCH)).items().forEach(item -> whole.add(item.get("sk").s().substring(BATCH.length())));
        long[] codes = {0};
        List<Set<String>> choices = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        dynamo.queryPaginator(prefixQuery(roundId, CODE)).items().forEach(item -> {
            if (item.containsKey("batch") && !whole.contains(item.get("batch").s())) {
                return;
            }
            codes[0]++;
            if (item.containsKey("choices")) {
                choices.add(new HashSet<>(item.get("choices").ss()));
                receipts.add(item.get("receipt").s());
            }
        });
        return new Ballots(codes[0], choices, receipts);
    }

    @Override
    public void saveResult(RoundResult result) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                "pk", s(partition(result.roundId())), "sk", s(RESULT), "result", s(Json.write(result))));
        item.putAll(ChangeIndex.keys(partition(result.roundId()), RESULT, result.computedAt()));
        dynamo.putItem(put -> put.tableName(table).item(item));
    }

    @Override
    public Optional<RoundResult> result(String roundId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(RoundItems.key(roundId, RESULT)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.read(item.get("result").s(), RoundResult.class));
        } catch (JsonException e) {
            throw new IllegalStateException("stored result of round " + roundId + " is not readable", e);
        }
    }

    @Override
    public long recordFailure(String sourceKey, long window, Instant forgetAt) {
        Map<String, AttributeValue> updated = dynamo.updateItem(update -> update.tableName(table)
                .key(Map.of("pk", s("ATTEMPTS#" + sourceKey), "sk", s(Long.toString(window))))
                .updateExpression("ADD #failures :one SET #expiresAt = :forget")
                .expressionAttributeNames(Map.of("#failures", "failures", "#expiresAt", "expiresAt"))
                .expressionAttributeValues(Map.of(":one", n(1), ":forget", n(forgetAt.getEpochSecond())))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        return Long.parseLong(updated.get("failures").n());
    }

    private QueryRequest prefixQuery(String roundId, String prefix) {
        return QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", "pk", "#sk", "sk"))
                .expressionAttributeValues(Map.of(":pk", s(partition(roundId)), ":prefix", s(prefix)))
                .build();
    }
}

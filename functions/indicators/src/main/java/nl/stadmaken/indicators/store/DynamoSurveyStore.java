package nl.stadmaken.indicators.store;

import static nl.stadmaken.shared.dynamo.Attributes.n;
import static nl.stadmaken.shared.dynamo.Attributes.s;
import static nl.stadmaken.shared.dynamo.Attributes.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stadmaken.indicators.domain.SurveyResponse;
import nl.stadmaken.indicators.domain.SurveyRound;
import nl.stadmaken.indicators.domain.SurveyStore;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import nl.stadmaken.shared.dynamo.ConditionalWrites;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Survey items of the indicators table: rounds ({@code SURVEYROUNDS/<id>}, one small partition), tokens
 * ({@code SURVEYTOKEN#<round>/<keyed hash>}) and responses ({@code SURVEY#<round>/RESPONSE#<ulid>}, which carry the
 * {@code changes} index keys so the job counts them like any other source).
 */
public final class DynamoSurveyStore implements SurveyStore {

    static final String RESPONSE = "RESPONSE#";
    private static final String ROUNDS = "SURVEYROUNDS";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSurveyStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean createRound(SurveyRound round) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(ROUNDS));
        item.put("sk", s(round.id()));
        item.put("title", s(round.title()));
        item.put("opensOn", s(round.opensOn().toString()));
        item.put("closesOn", s(round.closesOn().toString()));
        item.put("tokensRequired", AttributeValue.fromBool(round.tokensRequired()));
        item.put("closed", AttributeValue.fromBool(round.closed()));
        item.put("createdAt", s(round.createdAt().toString()));
        return ConditionalWrites.applied(() -> dynamo.putItem(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")));
    }

    @Override
    public Optional<SurveyRound> round(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Map.of("pk", s(ROUNDS), "sk", s(id)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(round(item));
    }

    @Override
    public List<SurveyRound> rounds() {
        QueryRequest query = QueryRequest.builder().tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(ROUNDS))).build();
        List<SurveyRound> rounds = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(item -> rounds.add(round(item)));
        return rounds;
    }

    @Override
    public boolean closeRound(String id, Instant now) {
        return ConditionalWrites.applied(() -> dynamo.updateItem(u -> u.tableName(table).key(Map.of("pk", s(ROUNDS), "sk", s(id)))
                .updateExpression("SET #closed = :true, #closedAt = if_not_exists(#closedAt, :now)")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#closed", "closed", "#closedAt", "closedAt"))
                .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true), ":now", s(now.toString())))));
    }

    @Override
    public void addTokens(String roundId, List<String> tokenHashes) {
        for (int from = 0; from < tokenHashes.size(); from += 25) {
            Map<String, List<WriteRequest>> pending = Map.of(table, tokenHashes.subList(from, Math.min(from + 25, tokenHashes.size()))
                    .stream().map(hash -> WriteRequest.builder().putRequest(p -> p.item(Map.of(
                            "pk", s("SURVEYTOKEN#" + roundId), "sk", s(hash)))).build()).toList());
            for (int attempt = 0; !pending.isEmpty() && attempt < 8; attempt++) {
                Map<String, List<WriteRequest>> request = pending;
                pending = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
            }
            if (!pending.isEmpty()) {
                throw new IllegalStateException("survey tokens were not all stored");
            }
        }
    }

    @Override
    public boolean saveResponse(SurveyResponse response, String tokenHash) {
        String pk = "SURVEY#" + response.round();
        String sk = RESPONSE + response.id();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(pk));
        item.put("sk", s(sk));
        item.put("round", s(response.round()));
        item.put("group", s(response.group()));
        Map<String, AttributeValue> answers = new HashMap<>();
        response.answers().forEach((question, answer) -> answers.put(question, n(answer)));
        item.put("answers", AttributeValue.fromM(answers));
        if (response.wijk() != null) {
            item.put("wijk", s(response.wijk()));
        }
        if (response.ageBand() != null) {
            item.put("ageBand", s(response.ageBand()));
        }
        item.put("submittedAt", s(response.submittedAt().toString()));
        item.putAll(ChangeIndex.keys(pk, sk, response.submittedAt()));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)")).build());
        if (tokenHash != null) {
            writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
                    .key(Map.of("pk", s("SURVEYTOKEN#" + response.round()), "sk", s(tokenHash)))
                    .conditionExpression("attribute_exists(pk)")).build());
        }
        return ConditionalWrites.transactionApplied(() -> dynamo.transactWriteItems(t -> t.transactItems(writes)));
    }

    private static SurveyRound round(Map<String, AttributeValue> item) {
        return new SurveyRound(text(item, "sk"), text(item, "title"), LocalDate.parse(text(item, "opensOn")),
                LocalDate.parse(text(item, "closesOn")), Boolean.TRUE.equals(item.get("tokensRequired").bool()),
                Boolean.TRUE.equals(item.get("closed").bool()), Instant.parse(text(item, "createdAt")));
    }
}

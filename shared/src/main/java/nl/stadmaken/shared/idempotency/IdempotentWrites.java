package nl.stadmaken.shared.idempotency;

import static nl.stadmaken.shared.dynamo.Attributes.n;
import static nl.stadmaken.shared.dynamo.Attributes.s;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.stadmaken.shared.dynamo.RequestDeadline;
import nl.stadmaken.shared.http.HttpRequest;
import nl.stadmaken.shared.http.HttpResponse;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonException;
import nl.stadmaken.shared.json.JsonTree;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.Problem;
import nl.stadmaken.shared.problem.ProblemException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Makes a write safe to retry: the first request with an {@code Idempotency-Key} claims the key with a conditional
 * write, runs, and stores its response (sealed, since it may hold a token handed out once) for 24 hours. A retry with
 * the same key and body gets the stored response; with another body, 422; while the first still runs, 409.
 * Items live in the function's own table under {@code pk = IDEMPOTENCY#<route>#<key>}.
 */
public final class IdempotentWrites {

    public static final String HEADER = "idempotency-key";
    private static final String SORT_KEY = "IDEMPOTENCY";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String DONE = "DONE";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Secrets secrets;
    private final Clock clock;
    private final Duration keep;
    private final Duration lock;

    public IdempotentWrites(DynamoDbClient dynamo, String table, Secrets secrets, Clock clock) {
        this(dynamo, table, secrets, clock, Duration.ofHours(24), Duration.ofSeconds(30));
    }

    public IdempotentWrites(DynamoDbClient dynamo, String table, Secrets secrets, Clock clock, Duration keep, Duration lock) {
        this.dynamo = dynamo;
        this.table = table;
        this.secrets = secrets;
        this.clock = clock;
        this.keep = keep;
        this.lock = lock;
    }

    public HttpResponse run(HttpRequest request, Supplier<HttpResponse> write) {
        String key = request.header(HEADER).orElseThrow().trim();
        if (key.isEmpty() || key.length() > 128 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to 128 visible ASCII characters.",
                    List.of(new FieldError("Idempotency-Key", "not valid")));
        }
        Map<String, AttributeValue> itemKey = Map.of(
                "pk", s("IDEMPOTENCY#" + request.routeKey() + "#" + key),
                "sk", s(SORT_KEY));
        String requestHash = hash(request);
        long now = clock.instant().getEpochSecond();
        Optional<HttpResponse> earlier = claim(itemKey, requestHash, now);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        HttpResponse response;
        try {
            response = write.get();
        } catch (RuntimeException e) {
            release(itemKey);
            throw e;
        }
        if (response.statusCode() >= 500) {
            release(itemKey);
        } else {
            complete(itemKey, requestHash, response);
        }
        return response;
    }

    /**
     * What every retry of this request shares with its first attempt and no other request does: the Idempotency-Key
     * with the hash of method, path and body. Writes derive their ids and tokens from it (keyed with the secret), so a
     * retry whose stored answer is gone (lapsed, or lost with a failure) still finds what the first attempt wrote as
     * its own instead of taking it for someone else's. Empty without a key.
     */
    public static Optional<String> retryKey(HttpRequest request) {
        return request.header(HEADER).map(String::trim).filter(key -> !key.isEmpty()).map(key -> key + "\n" + hash(request));
    }

    /**
     * Stores the answer for retries. The write it answers has happened, so if DynamoDB fails us now the caller still
     * gets that answer; the claim then lapses with its lock, and a retry finds what the write left, recognises it by
     * its {@link #retryKey} and answers it again rather than doing it twice.
     */
    private void complete(Map<String, AttributeValue> itemKey, String requestHash, HttpResponse response) {
        try {
            store(itemKey, requestHash, response);
        } catch (SdkException e) {
            // answered all the same
        }
    }

    /**
     * How long a claim holds off retries: as long as the first attempt can still be running, which is its request's
     * time left (a Lambda function cannot outlive its timeout), so a claim left by a failure lapses soon.
     */
    private Duration lockTime() {
        return RequestDeadline.remaining().map(left -> left.plusSeconds(1)).filter(time -> time.compareTo(lock) < 0).orElse(lock);
    }

    /** Claims the key, or gives the stored response of an earlier request with the same key and body. */
    private Optional<HttpResponse> claim(Map<String, AttributeValue> itemKey, String requestHash, long now) {
        Map<String, AttributeValue> item = new HashMap<>(itemKey);
        item.put("state", s(IN_PROGRESS));
        item.put("requestHash", s(requestHash));
        item.put("lockedUntil", n(now + lockTime().toSeconds()));
        item.put("expiresAt", n(now + keep.toSeconds()));
        // Marks this claim as ours: when its answer is lost and the SDK puts it again, the item found is our own.
        String claimId = UUID.randomUUID().toString();
        item.put("claim", s(claimId));
        try {
            dynamo.putItem(put -> put.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR expiresAt < :now OR (#state = :inProgress AND lockedUntil < :now)")
                    .expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(Map.of(":now", n(now), ":inProgress", s(IN_PROGRESS)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Optional.empty();
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> existing = e.hasItem() ? e.item()
                    : dynamo.getItem(get -> get.tableName(table).key(itemKey).consistentRead(true)).item();
            if (existing != null && existing.containsKey("claim") && claimId.equals(existing.get("claim").s())) {
                return Optional.empty();
            }
            return Optional.of(replayOrRefuse(existing, requestHash));
        }
    }

    private HttpResponse replayOrRefuse(Map<String, AttributeValue> existing, String requestHash) {
        if (existing == null || existing.isEmpty()) {
            throw ProblemException.conflict("idempotency-in-progress", "A request with this Idempotency-Key is being handled; retry shortly.");
        }
        if (!requestHash.equals(existing.get("requestHash").s())) {
            throw new ProblemException(Problem.of(422, "idempotency-key-reused", "Idempotency-Key used for another request",
                    "This Idempotency-Key was used with a different request body.", List.of(new FieldError("Idempotency-Key", "reused"))));
        }
        if (!DONE.equals(existing.get("state").s())) {
            throw ProblemException.conflict("idempotency-in-progress", "A request with this Idempotency-Key is being handled; retry shortly.");
        }
        return replayOf(existing.get("response").s());
    }

    private void store(Map<String, AttributeValue> itemKey, String requestHash, HttpResponse response) {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("statusCode", response.statusCode());
        stored.put("headers", response.headers());
        stored.put("body", response.body());
        dynamo.updateItem(update -> update.tableName(table).key(itemKey)
                .updateExpression("SET #state = :done, #response = :response")
                .conditionExpression("requestHash = :hash")
                .expressionAttributeNames(Map.of("#state", "state", "#response", "response"))
                .expressionAttributeValues(Map.of(
                        ":done", s(DONE),
                        ":response", s(secrets.seal(Json.write(stored))),
                        ":hash", s(requestHash))));
    }

    /**
     * Frees the key after a failure, so a retry runs again. If DynamoDB is what failed, this may fail too: the claim
     * then lapses after its lock time, and the first failure is the one to answer.
     */
    private void release(Map<String, AttributeValue> itemKey) {
        try {
            dynamo.deleteItem(delete -> delete.tableName(table).key(itemKey));
        } catch (SdkException e) {
            // the claim's lock runs out by itself
        }
    }

    private HttpResponse replayOf(String sealed) {
        try {
            JsonTree stored = Json.readTree(secrets.unseal(sealed));
            Map<String, String> headers = new HashMap<>();
            stored.path("headers").properties().forEach((name, value) -> headers.put(name, value.asText()));
            headers.put("idempotent-replayed", "true");
            return new HttpResponse(stored.path("statusCode").asInt(), headers, stored.path("body").asText());
        } catch (JsonException e) {
            throw new IllegalStateException("stored idempotent response is not readable", e);
        }
    }

    private static String hash(HttpRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.method() + " " + request.path() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(request.body().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

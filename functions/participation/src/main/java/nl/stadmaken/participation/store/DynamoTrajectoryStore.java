package nl.stadmaken.participation.store;

import static nl.stadmaken.participation.store.TrajectoryItems.partition;
import static nl.stadmaken.shared.dynamo.Attributes.n;
import static nl.stadmaken.shared.dynamo.Attributes.s;
import static nl.stadmaken.shared.dynamo.Attributes.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stadmaken.participation.domain.Choice;
import nl.stadmaken.participation.domain.Feedback;
import nl.stadmaken.participation.domain.SignUp;
import nl.stadmaken.participation.domain.SignUpStatus;
import nl.stadmaken.participation.domain.Trajectory;
import nl.stadmaken.participation.domain.TrajectoryContent;
import nl.stadmaken.participation.domain.TrajectoryStatus;
import nl.stadmaken.participation.domain.TrajectoryStore;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import nl.stadmaken.shared.dynamo.ConditionalWrites;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The participation table. One partition per trajectory ({@code pk = TRAJ#<id>}) holds the trajectory
 * ({@code sk = TRAJECTORY}), its sign-ups ({@code SIGNUP#<ulid>}, arrival order), their personal data
 * ({@code SIGNUP#<ulid>#PERSON}, with TTL), the email locks ({@code EMAIL#<keyed hash>}) and the waitlist
 * ({@code WAIT#<ulid>}). Index {@code gsi1} lists trajectories by status and wijk. Recorded feedback is a map on the
 * trajectory item, stamped in the {@code changes} index so the indicators see it.
 */
public final class DynamoTrajectoryStore implements TrajectoryStore {

    private static final String SIGNUP = "SIGNUP#";
    private static final String PERSON = "#PERSON";
    private static final String EMAIL = "EMAIL#";
    private static final String WAIT = "WAIT#";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoTrajectoryStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean create(Trajectory trajectory) {
        return ConditionalWrites.applied(() -> dynamo.putItem(put -> put.tableName(table).item(TrajectoryItems.toItem(trajectory))
                .conditionExpression("attribute_not_exists(pk)")));
    }

    @Override
    public Optional<Trajectory> find(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(TrajectoryItems.key(id)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(TrajectoryItems.fromItem(item));
    }

    @Override
    public List<Trajectory> list(TrajectoryStatus status, String wijk) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", "gsi1pk"));
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", s(TrajectoryItems.statusPartition(status)));
        String condition = "#pk = :pk";
        if (wijk != null) {
            names.put("#sk", "gsi1sk");
            values.put(":prefix", s(wijk + "#"));
            condition += " AND begins_with(#sk, :prefix)";
        }
        QueryRequest query = QueryRequest.builder().tableName(table).indexName("gsi1")
                .keyConditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values).build();
        List<Trajectory> trajectories = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(item -> trajectories.add(TrajectoryItems.fromItem(item)));
        return trajectories;
    }

    @Override
    public boolean replaceDraft(String id, TrajectoryContent content, Instant now) {
        Map<String, AttributeValue> attributes = TrajectoryItems.contentAttributes(content);
        attributes.put("updatedAt", s(now.toString()));
        attributes.put("gsi1sk", s(TrajectoryItems.listSortKey(content.wijk(), id)));
        attributes.putAll(ChangeIndex.keys(partition(id), TrajectoryItems.SORT_KEY, now));
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        attributes.forEach((name, value) -> {
            names.put("#" + name, name);
            values.put(":" + name, value);
            sets.add("#" + name + " = :" + name);
        });
        List<String> removes = new ArrayList<>();
        for (String optional : List.of("summary", "wijk", "capacity", "signUpOpensAt", "signUpClosesAt", "panel")) {
            if (!attributes.containsKey(optional)) {
                names.put("#" + optional, optional);
                removes.add("#" + optional);
            }
        }
        names.put("#status", "status");
        values.put(":draft", s(TrajectoryStatus.DRAFT.name()));
        String update = "SET " + String.join(", ", sets) + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        return ConditionalWrites.applied(() -> dynamo.updateItem(u -> u.tableName(table).key(TrajectoryItems.key(id))
                .updateExpression(update)
                .conditionExpression("#status = :draft")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)));
    }

    @Override
    public boolean advance(String id, TrajectoryStatus from, TrajectoryStatus to, Instant now) {
        String stamp = to == TrajectoryStatus.PUBLISHED ? "publishedAt" : "closedAt";
        Map<String, String> names = new HashMap<>(Map.of("#status", "status", "#gsi1pk", "gsi1pk",
                "#updatedAt", "updatedAt", "#stamp", stamp));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":to", s(to.name()), ":from", s(from.name()),
                ":list", s(TrajectoryItems.statusPartition(to)), ":now", s(now.toString())));
        ChangeIndex.addTo(names, values, partition(id), TrajectoryItems.SORT_KEY, now);
        return ConditionalWrites.applied(() -> dynamo.updateItem(u -> u.tableName(table).key(TrajectoryItems.key(id))
                .updateExpression("SET #status = :to, #gsi1pk = :list, #updatedAt = :now, #stamp = :now, "
                        + ChangeIndex.SET)
                .conditionExpression("#status = :from")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)));
    }

    @Override
    public boolean recordFeedback(String id, Feedback feedback) {
        Map<String, String> names = new HashMap<>(Map.of("#feedback", "feedback", "#status", "status", "#updatedAt", "updatedAt"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":feedback", TrajectoryItems.feedbackAttribute(feedback),
                ":draft", s(TrajectoryStatus.DRAFT.name()), ":now", s(feedback.recordedAt().toString())));
        ChangeIndex.addTo(names, values, partition(id), TrajectoryItems.SORT_KEY, feedback.recordedAt());
        return ConditionalWrites.applied(() -> dynamo.updateItem(u -> u.tableName(table).key(TrajectoryItems.key(id))
                .updateExpression("SET #feedback = :feedback, #updatedAt = :now, " + ChangeIndex.SET)
                .conditionExpression("attribute_exists(#status) AND #status <> :draft AND attribute_not_exists(#feedback)")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)));
    }

    @Override
    public Placement place(NewSignUp signUp, Instant now) {
        String pk = partition(signUp.trajectoryId());
        long expiresAt = signUp.expiresAt().getEpochSecond();
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(put(Map.of("pk", s(pk), "sk", s(EMAIL + signUp.emailKey()),
                "signUpId", s(signUp.signUpId()), "expiresAt", n(expiresAt)), "attribute_not_exists(pk)"));
        Map<String, AttributeValue> record = new HashMap<>();
        record.put("pk", s(pk));
        record.put("sk", s(SIGNUP + signUp.signUpId()));
        record.put("signUpId", s(signUp.signUpId()));
        record.put("status", s(signUp.status().name()));
        record.put("tokenHash", s(signUp.tokenHash()));
        record.put("createdAt", s(now.toString()));
        record.putAll(ChangeIndex.keys(pk, SIGNUP + signUp.signUpId(), now));
        if (signUp.applicant().wijk() != null) {
            record.put("wijk", s(signUp.applicant().wijk()));
        }
        if (signUp.applicant().ageBand() != null) {
            record.put("ageBand", s(signUp.applicant().ageBand().name()));
        }
        if (!signUp.applicant().features().isEmpty()) {
            // Only a panel's sign-ups answer features: the indicators count its pool apart (nothing personal here).
            record.put("panelPool", AttributeValue.fromBool(true));
        }
        writes.add(put(record, "attribute_not_exists(pk)"));
        Map<String, AttributeValue> person = new HashMap<>();
        person.put("pk", s(pk));
        person.put("sk", s(SIGNUP + signUp.signUpId() + PERSON));
        person.put("signUpId", s(signUp.signUpId()));
        person.put("name", s(signUp.applicant().name()));
        person.put("email", s(signUp.applicant().email()));
        person.put("emailKey", s(signUp.emailKey()));
        person.put("expiresAt", n(expiresAt));
        if (signUp.applicant().phone() != null) {
            person.put("phone", s(signUp.applicant().phone()));
        }
        if (!signUp.applicant().features().isEmpty()) {
            Map<String, AttributeValue> features = new HashMap<>();
            signUp.applicant().features().forEach((feature, value) -> features.put(feature, s(value)));
            person.put("features", AttributeValue.fromM(features));
        }
        if (signUp.householdKey() != null) {
            person.put("household", s(signUp.householdKey()));
        }
        writes.add(put(person, null));
        String window = "#status = :published AND #opens <= :now AND #closes > :now";
        String condition;
        String counter;
        if (signUp.status() == SignUpStatus.CONFIRMED) {
            condition = window + " AND (attribute_not_exists(#capacity) OR (#confirmed < #capacity AND #waitlisted = :zero))";
            counter = "#confirmed";
        } else {
            writes.add(put(Map.of("pk", s(pk), "sk", s(WAIT + signUp.signUpId()),
                    "signUpId", s(signUp.signUpId()), "expiresAt", n(expiresAt)), null));
            condition = window + " AND attribute_exists(#capacity) AND (#confirmed >= #capacity OR #waitlisted > :zero)";
            counter = "#waitlisted";
        }
        Map<String, String> counterNames = new HashMap<>(Map.of("#status", "status", "#opens", "signUpOpensAt",
                "#closes", "signUpClosesAt", "#capacity", "capacity", "#confirmed", "confirmed", "#waitlisted", "waitlisted"));
        Map<String, AttributeValue> counterValues = new HashMap<>(Map.of(":published", s(TrajectoryStatus.PUBLISHED.name()),
                ":now", n(now.toEpochMilli()), ":zero", n(0), ":one", n(1)));
        ChangeIndex.addTo(counterNames, counterValues, pk, TrajectoryItems.SORT_KEY, now);
        writes.add(TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(TrajectoryItems.key(signUp.trajectoryId()))
                .updateExpression("SET " + counter + " = " + counter + " + :one, " + ChangeIndex.SET)
                .conditionExpression(condition)
                .expressionAttributeNames(counterNames)
                .expressionAttributeValues(counterValues)).build());
        try {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
            return Placement.PLACED;
        } catch (TransactionCanceledException e) {
            if (!failedCheck(e, 0)) {
                return Placement.STATE_CHANGED;
            }
            // The SDK retries a call whose answer was lost; if the first attempt went through, the lock is ours.
            return signUp.signUpId().equals(emailLockHolder(pk, signUp.emailKey())) ? Placement.PLACED : Placement.EMAIL_TAKEN;
        }
    }

    private String emailLockHolder(String pk, String emailKey) {
        Map<String, AttributeValue> lock = dynamo.getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of("pk", s(pk), "sk", s(EMAIL + emailKey)))).item();
        return lock == null ? null : text(lock, "signUpId");
    }

    @Override
    public Optional<StoredSignUp> findSignUp(String trajectoryId, String signUpId) {
        List<Map<String, AttributeValue>> items = dynamo.query(q -> q.tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", "pk", "#sk", "sk"))
                .expressionAttributeValues(Map.of(":pk", s(partition(trajectoryId)), ":prefix", s(SIGNUP + signUpId))))
                .items();
        Map<String, AttributeValue> record = null;
        String emailKey = null;
        for (Map<String, AttributeValue> item : items) {
            String sk = text(item, "sk");
            if (sk.equals(SIGNUP + signUpId)) {
                record = item;
            } else if (sk.equals(SIGNUP + signUpId + PERSON)) {
                emailKey = text(item, "emailKey");
            }
        }
        if (record == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredSignUp(trajectoryId, signUpId, SignUpStatus.valueOf(text(record, "status")),
                text(record, "tokenHash"), emailKey));
    }

    @Override
    public Optional<StoredSignUp> emailHolder(String trajectoryId, String emailKey) {
        return Optional.ofNullable(emailLockHolder(partition(trajectoryId), emailKey)).flatMap(id -> findSignUp(trajectoryId, id));
    }

    @Override
    public Optional<String> firstWaitlisted(String trajectoryId) {
        return dynamo.query(q -> q.tableName(table).consistentRead(true).limit(1)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", "pk", "#sk", "sk"))
                        .expressionAttributeValues(Map.of(":pk", s(partition(trajectoryId)), ":prefix", s(WAIT))))
                .items().stream().findFirst().map(item -> text(item, "signUpId"));
    }

    @Override
    public boolean withdraw(StoredSignUp signUp, Optional<String> promote, Instant now) {
        String pk = partition(signUp.trajectoryId());
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, String> withdrawnNames = new HashMap<>(Map.of("#status", "status", "#withdrawnAt", "withdrawnAt"));
        Map<String, AttributeValue> withdrawnValues = new HashMap<>(Map.of(":withdrawn", s(SignUpStatus.WITHDRAWN.name()),
                ":was", s(signUp.status().name()), ":now", s(now.toString())));
        ChangeIndex.addTo(withdrawnNames, withdrawnValues, pk, SIGNUP + signUp.signUpId(), now);
        writes.add(TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(Map.of("pk", s(pk), "sk", s(SIGNUP + signUp.signUpId())))
                .updateExpression("SET #status = :withdrawn, #withdrawnAt = :now, " + ChangeIndex.SET)
                .conditionExpression("#status = :was")
                .expressionAttributeNames(withdrawnNames)
                .expressionAttributeValues(withdrawnValues)).build());
        writes.add(delete(pk, SIGNUP + signUp.signUpId() + PERSON, null));
        if (signUp.emailKey() != null) {
            writes.add(delete(pk, EMAIL + signUp.emailKey(), null));
        }
        String counters;
        String guard;
        if (signUp.status() == SignUpStatus.WAITLISTED) {
            writes.add(delete(pk, WAIT + signUp.signUpId(), null));
            counters = "SET #waitlisted = #waitlisted - :one, #withdrawn = #withdrawn + :one";
            guard = null;
        } else if (promote.isPresent()) {
            String promoted = promote.get();
            Map<String, String> promotedNames = new HashMap<>(Map.of("#status", "status", "#promotedAt", "promotedAt"));
            Map<String, AttributeValue> promotedValues = new HashMap<>(Map.of(":confirmed", s(SignUpStatus.CONFIRMED.name()),
                    ":waitlisted", s(SignUpStatus.WAITLISTED.name()), ":now", s(now.toString())));
            ChangeIndex.addTo(promotedNames, promotedValues, pk, SIGNUP + promoted, now);
            writes.add(TransactWriteItem.builder().update(u -> u.tableName(table)
                    .key(Map.of("pk", s(pk), "sk", s(SIGNUP + promoted)))
                    .updateExpression("SET #status = :confirmed, #promotedAt = :now, " + ChangeIndex.SET)
                    .conditionExpression("#status = :waitlisted")
                    .expressionAttributeNames(promotedNames)
                    .expressionAttributeValues(promotedValues)).build());
            writes.add(delete(pk, WAIT + promoted, "attribute_exists(pk)"));
            counters = "SET #waitlisted = #waitlisted - :one, #withdrawn = #withdrawn + :one";
            guard = null;
        } else {
            counters = "SET #confirmed = #confirmed - :one, #withdrawn = #withdrawn + :one";
            // Someone may have joined the waitlist since we looked: then they must get this place.
            guard = "#waitlisted = :zero";
        }
        Map<String, String> names = new HashMap<>(Map.of("#waitlisted", "waitlisted", "#withdrawn", "withdrawn"));
        if (counters.contains("#confirmed")) {
            names.put("#confirmed", "confirmed");
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        values.put(":one", n(1));
        if (guard != null) {
            values.put(":zero", n(0));
        }
        ChangeIndex.addTo(names, values, pk, TrajectoryItems.SORT_KEY, now);
        writes.add(TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(TrajectoryItems.key(signUp.trajectoryId()))
                .updateExpression(counters + ", " + ChangeIndex.SET)
                .conditionExpression(guard)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).build());
        try {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }

    @Override
    public List<SignUp> signUps(String trajectoryId) {
        QueryRequest query = TrajectoryItems.partitionItems(table, trajectoryId, SIGNUP);
        Map<String, Map<String, AttributeValue>> records = new LinkedHashMap<>();
        Map<String, SignUp.Person> people = new HashMap<>();
        dynamo.queryPaginator(query).items().forEach(item -> {
            String sk = text(item, "sk");
            if (sk.endsWith(PERSON)) {
                Map<String, String> features = new HashMap<>();
                if (item.containsKey("features")) {
                    item.get("features").m().forEach((feature, value) -> features.put(feature, value.s()));
                }
                people.put(text(item, "signUpId"), new SignUp.Person(text(item, "name"), text(item, "email"), text(item, "phone"),
                        Map.copyOf(features), text(item, "household")));
            } else {
                records.put(text(item, "signUpId"), item);
            }
        });
        List<SignUp> signUps = new ArrayList<>();
        records.forEach((id, item) -> signUps.add(new SignUp(id, trajectoryId,
                SignUpStatus.valueOf(text(item, "status")),
                text(item, "wijk"),
                item.containsKey("ageBand") ? Choice.AgeBand.valueOf(text(item, "ageBand")) : null,
                Instant.parse(text(item, "createdAt")),
                people.get(id))));
        return signUps;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression(condition)).build();
    }

    private TransactWriteItem delete(String pk, String sk, String condition) {
        return TransactWriteItem.builder().delete(d -> d.tableName(table)
                .key(Map.of("pk", s(pk), "sk", s(sk))).conditionExpression(condition)).build();
    }

    private static boolean failedCheck(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return reasons != null && reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }
}

package nl.stadmaken.participation.store;

import static nl.stadmaken.shared.dynamo.Attributes.n;
import static nl.stadmaken.shared.dynamo.Attributes.putIfPresent;
import static nl.stadmaken.shared.dynamo.Attributes.s;
import static nl.stadmaken.shared.dynamo.Attributes.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stadmaken.participation.domain.Agreement;
import nl.stadmaken.participation.domain.Choice;
import nl.stadmaken.participation.domain.Feedback;
import nl.stadmaken.participation.domain.PanelSettings;
import nl.stadmaken.participation.domain.Trajectory;
import nl.stadmaken.participation.domain.TrajectoryContent;
import nl.stadmaken.participation.domain.TrajectoryStatus;
import nl.stadmaken.shared.dynamo.Attributes;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Hand-written mapping between trajectories and items (no reflection at run time). Sign-up window times are kept as
 * epoch milliseconds so the sign-up transaction can compare them in its condition.
 */
final class TrajectoryItems {

    static final String SORT_KEY = "TRAJECTORY";

    private TrajectoryItems() {
    }

    static String partition(String trajectoryId) {
        return "TRAJ#" + trajectoryId;
    }

    static Map<String, AttributeValue> key(String trajectoryId) {
        return Map.of("pk", s(partition(trajectoryId)), "sk", s(SORT_KEY));
    }

    static String statusPartition(TrajectoryStatus status) {
        return "TRAJECTORIES#" + status.name();
    }

    static String listSortKey(String wijk, String id) {
        return (wijk == null ? "CITY" : wijk) + "#" + id;
    }

    static Map<String, AttributeValue> toItem(Trajectory trajectory) {
        Map<String, AttributeValue> item = new HashMap<>(key(trajectory.id()));
        item.putAll(ChangeIndex.keys(partition(trajectory.id()), SORT_KEY, trajectory.updatedAt()));
        item.put("id", s(trajectory.id()));
        item.put("status", s(trajectory.status().name()));
        item.put("gsi1pk", s(statusPartition(trajectory.status())));
        item.put("gsi1sk", s(listSortKey(trajectory.content().wijk(), trajectory.id())));
        item.put("confirmed", n(trajectory.counts().confirmed()));
        item.put("waitlisted", n(trajectory.counts().waitlisted()));
        item.put("withdrawn", n(trajectory.counts().withdrawn()));
        item.put("createdAt", s(trajectory.createdAt().toString()));
        item.put("updatedAt", s(trajectory.updatedAt().toString()));
        item.putAll(contentAttributes(trajectory.content()));
        return item;
    }

    /** The attributes staff edit; absent values are absent attributes, so a replace can remove them. */
    static Map<String, AttributeValue> contentAttributes(TrajectoryContent content) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("title", s(content.title()));
        item.put("kind", s(content.kind().name()));
        putIfPresent(item, "summary", content.summary());
        putIfPresent(item, "wijk", content.wijk());
        if (content.capacity() != null) {
            item.put("capacity", n(content.capacity()));
        }
        Agreement agreement = content.agreement();
        if (agreement.signUpOpens() != null) {
            item.put("signUpOpensAt", n(agreement.signUpOpens().toEpochMilli()));
        }
        if (agreement.signUpCloses() != null) {
            item.put("signUpClosesAt", n(agreement.signUpCloses().toEpochMilli()));
        }
        Map<String, AttributeValue> parts = new HashMap<>();
        putIfPresent(parts, "subject", agreement.subject());
        putIfPresent(parts, "decision", agreement.decision());
        putIfPresent(parts, "decidedBy", agreement.decidedBy() == null ? null : agreement.decidedBy().name());
        putIfPresent(parts, "consultedBody", agreement.consultedBody());
        putIfPresent(parts, "level", agreement.level() == null ? null : agreement.level().name());
        putIfPresent(parts, "openToInfluence", agreement.openToInfluence());
        putIfPresent(parts, "fixed", agreement.fixed());
        putIfPresent(parts, "decisionDate", agreement.decisionDate() == null ? null : agreement.decisionDate().toString());
        putIfPresent(parts, "feedbackDate", agreement.feedbackDate() == null ? null : agreement.feedbackDate().toString());
        putIfPresent(parts, "feedbackMethod", agreement.feedbackMethod());
        putIfPresent(parts, "contactName", agreement.contactName());
        putIfPresent(parts, "contactEmail", agreement.contactEmail());
        putIfPresent(parts, "contactPhone", agreement.contactPhone());
        item.put("agreement", AttributeValue.fromM(parts));
        if (content.panel() != null) {
            item.put("panel", panelAttribute(content.panel()));
        }
        return item;
    }

    static Trajectory fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> parts = item.containsKey("agreement") ? item.get("agreement").m() : Map.of();
        Agreement agreement = new Agreement(
                text(parts, "subject"),
                text(parts, "decision"),
                parts.containsKey("decidedBy") ? Choice.DecidingBody.valueOf(text(parts, "decidedBy")) : null,
                text(parts, "consultedBody"),
                parts.containsKey("level") ? Choice.Level.valueOf(text(parts, "level")) : null,
                text(parts, "openToInfluence"),
                text(parts, "fixed"),
                item.containsKey("signUpOpensAt") ? Instant.ofEpochMilli(Long.parseLong(item.get("signUpOpensAt").n())) : null,
                item.containsKey("signUpClosesAt") ? Instant.ofEpochMilli(Long.parseLong(item.get("signUpClosesAt").n())) : null,
                parts.containsKey("decisionDate") ? LocalDate.parse(text(parts, "decisionDate")) : null,
                parts.containsKey("feedbackDate") ? LocalDate.parse(text(parts, "feedbackDate")) : null,
                text(parts, "feedbackMethod"),
                text(parts, "contactName"),
                text(parts, "contactEmail"),
                text(parts, "contactPhone"));
        TrajectoryContent content = new TrajectoryContent(
                text(item, "title"),
                text(item, "summary"),
                text(item, "wijk"),
                Choice.Kind.valueOf(text(item, "kind")),
                item.containsKey("capacity") ? Integer.valueOf(item.get("capacity").n()) : null,
                agreement,
                item.containsKey("panel") ? panelSettings(item.get("panel").m()) : null);
        return new Trajectory(
                text(item, "id"),
                content,
                TrajectoryStatus.valueOf(text(item, "status")),
                new Trajectory.SignUpCounts(number(item, "confirmed"), number(item, "waitlisted"), number(item, "withdrawn")),
                instant(item, "createdAt"),
                instant(item, "updatedAt"),
                instant(item, "publishedAt"),
                instant(item, "closedAt"),
                item.containsKey("feedback") ? feedback(item.get("feedback").m()) : null);
    }

    /** Feedback as the map the indicators read: {@code givenOn} (a date), {@code note} if any, {@code recordedAt}. */
    static AttributeValue feedbackAttribute(Feedback feedback) {
        Map<String, AttributeValue> parts = new HashMap<>();
        parts.put("givenOn", s(feedback.givenOn().toString()));
        putIfPresent(parts, "note", feedback.note());
        parts.put("recordedAt", s(feedback.recordedAt().toString()));
        return AttributeValue.fromM(parts);
    }

    private static Feedback feedback(Map<String, AttributeValue> parts) {
        return new Feedback(LocalDate.parse(text(parts, "givenOn")), text(parts, "note"), instant(parts, "recordedAt"));
    }

    private static AttributeValue panelAttribute(PanelSettings panel) {
        List<AttributeValue> features = panel.features().stream()
                .map(feature -> AttributeValue.fromM(Map.of("name", s(feature.name()),
                        "values", AttributeValue.fromL(feature.values().stream().map(Attributes::s).toList()))))
                .toList();
        return AttributeValue.fromM(Map.of("features", AttributeValue.fromL(features),
                "oneMemberPerHousehold", AttributeValue.fromBool(panel.oneMemberPerHousehold())));
    }

    private static PanelSettings panelSettings(Map<String, AttributeValue> panel) {
        List<PanelSettings.Feature> features = panel.get("features").l().stream()
                .map(feature -> new PanelSettings.Feature(text(feature.m(), "name"),
                        feature.m().get("values").l().stream().map(AttributeValue::s).toList()))
                .toList();
        return new PanelSettings(features, panel.get("oneMemberPerHousehold").bool());
    }

    /** The items of a trajectory's partition whose sort key starts with {@code prefix}, read consistently. */
    static QueryRequest partitionItems(String table, String trajectoryId, String prefix) {
        return QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", "pk", "#sk", "sk"))
                .expressionAttributeValues(Map.of(":pk", s(partition(trajectoryId)), ":prefix", s(prefix)))
                .build();
    }

    private static int number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? 0 : Integer.parseInt(value.n());
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null ? null : Instant.parse(value);
    }
}

package nl.stadmaken.budget.store;

import static nl.stadmaken.shared.dynamo.Attributes.n;
import static nl.stadmaken.shared.dynamo.Attributes.putIfPresent;
import static nl.stadmaken.shared.dynamo.Attributes.s;
import static nl.stadmaken.shared.dynamo.Attributes.text;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.stadmaken.budget.domain.BallotKind;
import nl.stadmaken.budget.domain.Proposal;
import nl.stadmaken.budget.domain.Round;
import nl.stadmaken.budget.domain.RoundStatus;
import nl.stadmaken.budget.domain.TallyChoice;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Hand-written mapping of rounds and proposals to items (no reflection at run time). */
final class RoundItems {

    static final String ROUND = "ROUND";
    static final String PROPOSAL = "PROPOSAL#";

    private RoundItems() {
    }

    static String partition(String roundId) {
        return "ROUND#" + roundId;
    }

    static Map<String, AttributeValue> key(String roundId, String sortKey) {
        return Map.of("pk", s(partition(roundId)), "sk", s(sortKey));
    }

    static String listPartition(RoundStatus status) {
        return "ROUNDS#" + status.name();
    }

    static Map<String, AttributeValue> toItem(Round round) {
        Map<String, AttributeValue> item = new HashMap<>(key(round.id(), ROUND));
        item.putAll(ChangeIndex.keys(partition(round.id()), ROUND, round.createdAt()));
        item.put("id", s(round.id()));
        item.put("title", s(round.title()));
        if (round.area() != null) {
            item.put("area", s(round.area()));
        }
        item.put("budgetCents", n(round.budgetCents()));
        switch (round.ballotKind()) {
            case BallotKind.Approval approval -> {
                item.put("ballotKind", s("approval"));
                item.put("minChoices", n(approval.min()));
                item.put("maxChoices", n(approval.max()));
            }
            case BallotKind.Knapsack knapsack -> {
                item.put("ballotKind", s("knapsack"));
                item.put("minSpendPercent", n(knapsack.minSpendPercent()));
            }
        }
        item.put("opensAt", n(round.opensAt().toEpochMilli()));
        item.put("closesAt", n(round.closesAt().toEpochMilli()));
        item.put("tallyRule", s(round.tallyRule().name()));
        item.put("allowReplace", AttributeValue.fromBool(round.allowReplace()));
        item.put("status", s(round.status().name()));
        item.put("gsi1pk", s(listPartition(round.status())));
        item.put("gsi1sk", s(round.id()));
        item.put("createdAt", s(round.createdAt().toString()));
        return item;
    }

    static Round fromItem(Map<String, AttributeValue> item) {
        BallotKind kind = "knapsack".equals(item.get("ballotKind").s())
                ? new BallotKind.Knapsack(integer(item, "minSpendPercent"))
                : new BallotKind.Approval(integer(item, "minChoices"), integer(item, "maxChoices"));
        return new Round(
                item.get("id").s(),
                item.get("title").s(),
                item.containsKey("area") ? item.get("area").s() : null,
                Long.parseLong(item.get("budgetCents").n()),
                kind,
                Instant.ofEpochMilli(Long.parseLong(item.get("opensAt").n())),
                Instant.ofEpochMilli(Long.parseLong(item.get("closesAt").n())),
                TallyChoice.valueOf(item.get("tallyRule").s()),
                item.get("allowReplace").bool(),
                RoundStatus.valueOf(item.get("status").s()),
                Instant.parse(item.get("createdAt").s()));
    }

    static Map<String, AttributeValue> toItem(Proposal proposal) {
        Map<String, AttributeValue> item = new HashMap<>(key(proposal.roundId(), PROPOSAL + proposal.id()));
        item.put("id", s(proposal.id()));
        item.put("title", s(proposal.title()));
        item.put("costCents", n(proposal.costCents()));
        putIfPresent(item, "summary", proposal.summary());
        putIfPresent(item, "wijk", proposal.wijk());
        putIfPresent(item, "initiator", proposal.initiator());
        return item;
    }

    static Proposal proposalFrom(String roundId, Map<String, AttributeValue> item) {
        return new Proposal(item.get("id").s(), roundId, item.get("title").s(), text(item, "summary"),
                Long.parseLong(item.get("costCents").n()), text(item, "wijk"), text(item, "initiator"));
    }

    private static int integer(Map<String, AttributeValue> item, String name) {
        return Integer.parseInt(item.get(name).n());
    }
}

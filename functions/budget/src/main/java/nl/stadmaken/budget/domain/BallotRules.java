package nl.stadmaken.budget.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stadmaken.shared.problem.FieldError;

/** Whether a ballot keeps the rules of its round's ballot kind; each broken rule is named. */
public final class BallotRules {

    private BallotRules() {
    }

    public static List<FieldError> check(Round round, Map<String, Proposal> proposals, List<String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return List.of(new FieldError("proposals", "choose at least one proposal"));
        }
        Set<String> unique = new LinkedHashSet<>(chosen);
        if (unique.size() != chosen.size()) {
            return List.of(new FieldError("proposals", "a proposal may be chosen only once"));
        }
        for (String id : unique) {
            if (!proposals.containsKey(id)) {
                return List.of(new FieldError("proposals", "not a proposal of this round: " + id));
            }
        }
        return switch (round.ballotKind()) {
            case BallotKind.Approval approval -> {
                if (unique.size() < approval.min()) {
                    yield List.of(new FieldError("proposals", "choose at least " + approval.min() + " proposals"));
                }
                if (unique.size() > approval.max()) {
                    yield List.of(new FieldError("proposals", "choose at most " + approval.max() + " proposals"));
                }
                yield List.of();
            }
            case BallotKind.Knapsack knapsack -> {
                long total = unique.stream().mapToLong(id -> proposals.get(id).costCents()).sum();
                if (total > round.budgetCents()) {
                    yield List.of(new FieldError("proposals", "together they cost " + total + " cents, more than the budget of "
                            + round.budgetCents()));
                }
                long minimum = Math.ceilDiv(round.budgetCents() * knapsack.minSpendPercent(), 100L);
                if (total < minimum) {
                    yield List.of(new FieldError("proposals", "spend at least " + knapsack.minSpendPercent()
                            + "% of the budget (" + minimum + " cents)"));
                }
                yield List.of();
            }
        };
    }
}

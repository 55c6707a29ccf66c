package nl.stadmaken.budget.tally;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The tally rules, each with the name used on the command line and in reference data. */
public enum TallyRule {
    GREEDY("greedy"),
    EQUAL_SHARES("equal-shares"),
    EQUAL_SHARES_GREEDY("equal-shares-greedy"),
    EQUAL_SHARES_WITHOUT_COMPLETION("equal-shares-without-completion");

    private final String ruleName;

    TallyRule(String ruleName) {
        this.ruleName = ruleName;
    }

    public String ruleName() {
        return ruleName;
    }

    public static TallyRule fromName(String name) {
        return Arrays.stream(values())
                .filter(rule -> rule.ruleName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown rule '" + name + "', expected one of " + names()));
    }

    public static String names() {
        return Arrays.stream(values()).map(TallyRule::ruleName).collect(Collectors.joining("|"));
    }

    public TallyResult tally(BallotBox box) {
        return switch (this) {
            case GREEDY -> TallyResult.of(this, box,
                    GreedyTally.winners(box), OutcomeReason.SKIPPED_DID_NOT_FIT);
            case EQUAL_SHARES -> TallyResult.of(this, box,
                    EqualSharesTally.withCompletion(box).winners(), OutcomeReason.NOT_ENOUGH_SUPPORT);
            case EQUAL_SHARES_GREEDY -> TallyResult.of(this, box,
                    GreedyTally.complete(box, EqualSharesTally.withCompletion(box).winners()),
                    OutcomeReason.SKIPPED_DID_NOT_FIT);
            case EQUAL_SHARES_WITHOUT_COMPLETION -> TallyResult.of(this, box,
                    EqualSharesTally.withoutCompletion(box).winners(), OutcomeReason.NOT_ENOUGH_SUPPORT);
        };
    }
}

package nl.stadmaken.budget.domain;

import java.util.Arrays;
import java.util.Optional;
import nl.stadmaken.budget.tally.TallyRule;

/** The rules a round may name as official; each result shows greedy and equal shares side by side. */
public enum TallyChoice {
    GREEDY(TallyRule.GREEDY),
    EQUAL_SHARES(TallyRule.EQUAL_SHARES),
    EQUAL_SHARES_GREEDY(TallyRule.EQUAL_SHARES_GREEDY);

    private final TallyRule rule;

    TallyChoice(TallyRule rule) {
        this.rule = rule;
    }

    public TallyRule rule() {
        return rule;
    }

    public String word() {
        return rule.ruleName();
    }

    public static Optional<TallyChoice> of(String word) {
        return Arrays.stream(values()).filter(choice -> choice.word().equals(word)).findFirst();
    }
}

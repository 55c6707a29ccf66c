package nl.stadmaken.budget.domain;

import java.time.Instant;
import java.util.List;

/**
 * The counted result of a closed round: both rules side by side, the round's own rule marked official, and for each
 * proposal its votes and why it did or did not win. Money in euro cents.
 */
public record RoundResult(
        String roundId,
        String officialRule,
        long budgetCents,
        Turnout turnout,
        RuleOutcome official,
        RuleOutcome greedy,
        RuleOutcome equalShares,
        List<ProposalResult> proposals,
        Instant computedAt) {

    public record Turnout(long codesIssued, long ballotsCast, double share) {
    }

    public record RuleOutcome(String rule, List<String> winners, long spentCents) {
    }

    /** {@code reason}: {@code selected}, {@code did-not-fit} (no longer fit the budget) or {@code not-enough-support}. */
    public record ProposalResult(String id, String title, long costCents, long votes, boolean selected, String reason,
                                 String greedyReason, String equalSharesReason) {
    }
}

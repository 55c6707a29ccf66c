package nl.stadmaken.budget.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.stadmaken.budget.tally.ApprovalBallot;
import nl.stadmaken.budget.tally.BallotBox;
import nl.stadmaken.budget.tally.BudgetProject;
import nl.stadmaken.budget.tally.OutcomeReason;
import nl.stadmaken.budget.tally.TallyResult;
import nl.stadmaken.budget.tally.TallyRule;

/** Counts a round's ballots with exact arithmetic: cents become exact euro amounts, never floating point. */
public final class RoundTally {

    private RoundTally() {
    }

    public static RoundResult count(Round round, List<Proposal> proposals, List<Set<String>> ballots, long codesIssued, Instant now) {
        BallotBox box = new BallotBox(
                proposals.stream().map(p -> new BudgetProject(p.id(), BigDecimal.valueOf(p.costCents(), 2))).toList(),
                BigDecimal.valueOf(round.budgetCents(), 2),
                ballots.stream().map(ApprovalBallot::new).toList());
        TallyResult official = round.tallyRule().rule().tally(box);
        TallyResult greedy = TallyRule.GREEDY.tally(box);
        TallyResult equalShares = TallyRule.EQUAL_SHARES.tally(box);
        List<RoundResult.ProposalResult> results = new ArrayList<>();
        for (Proposal proposal : proposals) {
            var outcome = official.outcome(proposal.id());
            results.add(new RoundResult.ProposalResult(proposal.id(), proposal.title(), proposal.costCents(), outcome.approvals(),
                    outcome.selected(), word(outcome.reason()), word(greedy.outcome(proposal.id()).reason()),
                    word(equalShares.outcome(proposal.id()).reason())));
        }
        double share = codesIssued == 0 ? 0 : (double) ballots.size() / codesIssued;
        return new RoundResult(round.id(), round.tallyRule().word(), round.budgetCents(),
                new RoundResult.Turnout(codesIssued, ballots.size(), share),
                outcome(official), outcome(greedy), outcome(equalShares), results, now);
    }

    private static RoundResult.RuleOutcome outcome(TallyResult result) {
        return new RoundResult.RuleOutcome(result.rule().ruleName(), result.winners(), result.totalCost().movePointRight(2).longValueExact());
    }

    private static String word(OutcomeReason reason) {
        return switch (reason) {
            case SELECTED -> "selected";
            case SKIPPED_DID_NOT_FIT -> "did-not-fit";
            case NOT_ENOUGH_SUPPORT -> "not-enough-support";
        };
    }
}

package nl.stadmaken.budget.tally;

import java.util.Set;

/** One voter's ballot as the set of project ids they approve; knapsack ballots are tallied the same way. */
public record ApprovalBallot(Set<String> approved) {

    public ApprovalBallot {
        approved = Set.copyOf(approved);
    }

    public static ApprovalBallot of(String... projectIds) {
        return new ApprovalBallot(Set.of(projectIds));
    }

    public boolean approves(String projectId) {
        return approved.contains(projectId);
    }
}

package nl.stadmaken.budget.tally;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Everything a tally needs: the projects, the budget and the approval ballots, independent of any file format. */
public record BallotBox(List<BudgetProject> projects, BigDecimal budget, List<ApprovalBallot> ballots) {

    public BallotBox {
        projects = List.copyOf(projects);
        Objects.requireNonNull(budget, "budget");
        ballots = List.copyOf(ballots);
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("budget is negative: " + budget.toPlainString());
        }
        Set<String> ids = new HashSet<>();
        for (BudgetProject project : projects) {
            if (!ids.add(project.id())) {
                throw new IllegalArgumentException("project " + project.id() + " appears twice");
            }
        }
        for (int i = 0; i < ballots.size(); i++) {
            for (String approved : ballots.get(i).approved()) {
                if (!ids.contains(approved)) {
                    throw new IllegalArgumentException("ballot " + (i + 1) + " approves unknown project " + approved);
                }
            }
        }
    }

    /** Approvals per project id, in project order. */
    public Map<String, Long> approvalCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        projects.forEach(project -> counts.put(project.id(), 0L));
        for (ApprovalBallot ballot : ballots) {
            ballot.approved().forEach(id -> counts.merge(id, 1L, Long::sum));
        }
        return counts;
    }
}

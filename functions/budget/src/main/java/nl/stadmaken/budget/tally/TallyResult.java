package nl.stadmaken.budget.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The winners of a tally in selection order, their total cost, and the outcome of every project in ballot order. */
public record TallyResult(TallyRule rule, List<String> winners, BigDecimal totalCost, List<ProjectOutcome> projects) {

    public TallyResult {
        Objects.requireNonNull(rule, "rule");
        winners = List.copyOf(winners);
        Objects.requireNonNull(totalCost, "totalCost");
        projects = List.copyOf(projects);
    }

    static TallyResult of(TallyRule rule, BallotBox box, List<String> winners, OutcomeReason notSelected) {
        Set<String> selected = new HashSet<>(winners);
        Map<String, Long> approvals = box.approvalCounts();
        BigDecimal total = BigDecimal.ZERO;
        List<ProjectOutcome> outcomes = new ArrayList<>();
        for (BudgetProject project : box.projects()) {
            boolean won = selected.contains(project.id());
            if (won) {
                total = total.add(project.cost());
            }
            outcomes.add(new ProjectOutcome(project.id(), project.cost(), approvals.get(project.id()),
                    won ? OutcomeReason.SELECTED : notSelected));
        }
        return new TallyResult(rule, winners, total, outcomes);
    }

    public ProjectOutcome outcome(String projectId) {
        return projects.stream()
                .filter(project -> project.projectId().equals(projectId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project " + projectId));
    }
}

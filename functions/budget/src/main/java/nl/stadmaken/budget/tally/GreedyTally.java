package nl.stadmaken.budget.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Most approvals first; add each project that still fits in the remaining budget and carry on past those that do not. */
public final class GreedyTally {

    private GreedyTally() {
    }

    /** The winners of the greedy rule, in selection order. */
    public static List<String> winners(BallotBox box) {
        return complete(box, List.of());
    }

    /** Starts from projects already selected (in their order) and fills the leftover budget greedily. */
    public static List<String> complete(BallotBox box, List<String> alreadySelected) {
        Map<String, Long> approvals = box.approvalCounts();
        Set<String> selected = new HashSet<>(alreadySelected);
        List<String> winners = new ArrayList<>(alreadySelected);
        BigDecimal remaining = box.budget();
        for (BudgetProject project : box.projects()) {
            if (selected.contains(project.id())) {
                remaining = remaining.subtract(project.cost());
            }
        }
        List<BudgetProject> order = box.projects().stream()
                .filter(project -> !selected.contains(project.id()))
                .sorted(Comparator.<BudgetProject>comparingLong(project -> approvals.get(project.id()))
                        .reversed()
                        .thenComparing(BudgetProject::id))
                .toList();
        for (BudgetProject project : order) {
            if (project.cost().compareTo(remaining) <= 0) {
                winners.add(project.id());
                remaining = remaining.subtract(project.cost());
            }
        }
        return winners;
    }
}

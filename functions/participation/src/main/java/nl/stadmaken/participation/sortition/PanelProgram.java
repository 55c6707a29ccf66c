package nl.stadmaken.participation.sortition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The integer program whose solutions are exactly the valid panels, counted per interchangeable group: an integer
 * 0..|group| per group (a binary x_i for a group of one), the panel size, a min..max row per quota and at most one per
 * shared household. Every composition the solver returns is re-checked against the problem.
 */
final class PanelProgram {

    private final SelectionProblem problem;

    PanelProgram(SelectionProblem problem) {
        this.problem = problem;
    }

    /** The valid composition (members per group) with the largest total weight, or empty when no valid panel exists. */
    Optional<List<Integer>> heaviestComposition(double[] groupWeights) {
        return solve(groupWeights, quota -> true, true);
    }

    /** Whether some panel meets the panel size, the household rule and the selected quotas. */
    boolean admitsPanel(IntPredicate enforcedQuota) {
        return solve(new double[problem.groupCount()], enforcedQuota, false).isPresent();
    }

    private Optional<List<Integer>> solve(double[] groupWeights, IntPredicate enforcedQuota, boolean optimal) {
        ExpressionsBasedModel model = OjAlgoModels.newModel();
        Variable[] count = new Variable[problem.groupCount()];
        Expression size = model.newExpression("size").level(problem.panelSize());
        for (int g = 0; g < count.length; g++) {
            count[g] = model.newVariable("group" + g).integer().lower(0).upper(problem.group(g).length).weight(groupWeights[g]);
            size.set(count[g], 1);
        }
        Expression[] quotaRows = new Expression[problem.quotas().size()];
        for (int q = 0; q < quotaRows.length; q++) {
            if (enforcedQuota.test(q)) {
                Quota quota = problem.quotas().get(q);
                quotaRows[q] = model.newExpression("quota" + q).lower(quota.min()).upper(quota.max());
            }
        }
        for (int g = 0; g < count.length; g++) {
            for (int q : problem.quotasOf(problem.group(g)[0])) {
                if (quotaRows[q] != null) {
                    quotaRows[q].set(count[g], 1);
                }
            }
        }
        int h = 0;
        for (int[] household : problem.sharedHouseholds()) {
            Expression row = model.newExpression("household" + h++).upper(1);
            for (int i : household) {
                row.set(count[problem.groupOf(i)], 1);
            }
        }
        Optimisation.Result result = model.maximise();
        if (result.getState() == Optimisation.State.INFEASIBLE) {
            return Optional.empty();
        }
        if (optimal ? !result.getState().isOptimal() : !result.getState().isFeasible()) {
            throw new IllegalStateException("the integer solver stopped without an answer: " + result.getState());
        }
        List<Integer> composition = new ArrayList<>();
        for (int g = 0; g < count.length; g++) {
            int members = (int) Math.round(result.doubleValue(g));
            if (members < 0 || members > problem.group(g).length) {
                throw new IllegalStateException("the integer solver put " + members + " members of a group of " + problem.group(g).length + " on the panel");
            }
            composition.add(members);
        }
        if (!problem.isValidPanel(problem.representativePanel(composition), enforcedQuota)) {
            throw new IllegalStateException("the integer solver returned an invalid panel (state " + result.getState() + ")");
        }
        return Optional.of(List.copyOf(composition));
    }
}

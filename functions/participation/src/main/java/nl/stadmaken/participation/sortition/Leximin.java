package nl.stadmaken.participation.sortition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.ModelEntity;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * LEXIMIN as in Flanigan, Goelz, Gupta, Hennig and Procaccia (Nature 596, 2021): find the lottery over valid panels that
 * maximises the smallest selection probability, then the next smallest, and so on. Each stage maximises the minimum
 * unfixed probability over the panels found so far, prices a new panel with the integer program (the panel heaviest
 * under the LP's dual weights) until none beats the dual's cap, and then fixes the probabilities whose dual weight is
 * positive, since they are the same in every optimal lottery.
 *
 * <p>Members of one interchangeable group get the same probability in the unique LEXIMIN allocation, so the work is done
 * per group: panels are compositions (members per group) and a group's probability is its expected count over its size.
 */
final class Leximin {

    /** Solver tolerance: a priced panel must beat the dual's cap by more than this, so each stage's minimum is optimal to within about this. */
    static final double TOLERANCE = 1e-9;

    /** Panels found by multiplicative weights before column generation starts; they cover most groups cheaply. */
    private static final int WARM_START_ROUNDS = 10;
    private static final int MAX_RELAXATIONS = 100;

    /** How far ojAlgo's multipliers may be off before the dual is solved directly instead. */
    private static final double DUAL_CHECK = 1e-7;

    private final SelectionProblem problem;
    private final PanelProgram program;
    private final Set<List<Integer>> compositions = new LinkedHashSet<>();
    private final double[] fixedProbability;
    private final boolean[] fixed;
    private int fixedCount;
    private Stage latest;

    private Leximin(SelectionProblem problem) {
        this.problem = problem;
        this.program = new PanelProgram(problem);
        this.fixedProbability = new double[problem.groupCount()];
        this.fixed = new boolean[problem.groupCount()];
    }

    /** The LEXIMIN lottery; the problem must admit at least one valid panel. */
    static PanelDistribution distribution(SelectionProblem problem) {
        Leximin leximin = new Leximin(problem);
        leximin.findInitialPanels();
        while (leximin.fixedCount < problem.groupCount()) {
            leximin.fixNextLowestProbabilities();
        }
        return leximin.lottery();
    }

    private int groupSize(int group) {
        return problem.group(group).length;
    }

    private void findInitialPanels() {
        int groups = problem.groupCount();
        double[] weights = new double[groups];
        RandomStream jitter = RandomStream.of(new Seed("leximin"), "initial panel weights");
        for (int g = 0; g < groups; g++) {
            weights[g] = 0.99 + 0.01 * jitter.nextUnit();
        }
        boolean[] covered = new boolean[groups];
        for (int round = 0; round < WARM_START_ROUNDS; round++) {
            List<Integer> composition = program.heaviestComposition(weights).orElseThrow(Leximin::noValidPanel);
            compositions.add(composition);
            double total = 0;
            for (int g = 0; g < groups; g++) {
                covered[g] |= composition.get(g) > 0;
                weights[g] *= 1 - 0.2 * composition.get(g) / groupSize(g);
                total += weights[g] * groupSize(g);
            }
            for (int g = 0; g < groups; g++) {
                weights[g] *= problem.poolSize() / total;
            }
        }
        for (int g = 0; g < groups; g++) {
            if (!covered[g]) {
                double[] onlyThisGroup = new double[groups];
                onlyThisGroup[g] = 1;
                List<Integer> composition = program.heaviestComposition(onlyThisGroup).orElseThrow(Leximin::noValidPanel);
                if (composition.get(g) > 0) {
                    compositions.add(composition);
                    for (int other = 0; other < groups; other++) {
                        covered[other] |= composition.get(other) > 0;
                    }
                } else {
                    fix(g, 0);
                }
            }
        }
    }

    private void fixNextLowestProbabilities() {
        int relaxations = 0;
        while (true) {
            Optional<Stage> solved = solveStage();
            if (solved.isEmpty()) {
                if (++relaxations > MAX_RELAXATIONS) {
                    throw new IllegalStateException("the LEXIMIN linear program stayed infeasible after relaxing fixed probabilities");
                }
                relaxFixedProbabilities();
                continue;
            }
            Stage stage = solved.get();
            double[] memberWeights = new double[problem.groupCount()];
            for (int g = 0; g < memberWeights.length; g++) {
                memberWeights[g] = stage.groupWeights()[g] / groupSize(g);
            }
            List<Integer> heaviest = program.heaviestComposition(memberWeights).orElseThrow(Leximin::noValidPanel);
            double heaviestWeight = weightOf(heaviest, stage.groupWeights());
            if (heaviestWeight <= stage.cap() + TOLERANCE || compositions.contains(heaviest)) {
                latest = stage;
                fixBindingGroups(stage);
                return;
            }
            compositions.add(heaviest);
        }
    }

    private void fixBindingGroups(Stage stage) {
        double probability = Math.clamp(stage.minimum(), 0, 1);
        int before = fixedCount;
        for (int g = 0; g < problem.groupCount(); g++) {
            if (!fixed[g] && stage.groupWeights()[g] > TOLERANCE) {
                fix(g, probability);
            }
        }
        if (fixedCount == before) {
            throw new IllegalStateException("the LEXIMIN dual put no weight on any unfixed group");
        }
    }

    private void fix(int group, double probability) {
        fixed[group] = true;
        fixedProbability[group] = probability;
        fixedCount++;
    }

    /** Rounding in the LP can make earlier fixed probabilities jointly unreachable; lowering them by a hair restores feasibility. */
    private void relaxFixedProbabilities() {
        for (int g = 0; g < fixedProbability.length; g++) {
            fixedProbability[g] = Math.max(0, fixedProbability[g] - TOLERANCE);
        }
    }

    /**
     * Maximise z over lotteries x on the known compositions c: sum(x) = 1, every unfixed group's probability
     * sum(x_c c_g / |g|) at least z, every fixed group's at least its fixed value. The multipliers of the group rows are
     * the dual weights y_g and that of the sum row the cap, which bounds sum(y_g c_g / |g|) over the known compositions.
     * Empty when the fixed probabilities cannot all be met.
     */
    private Optional<Stage> solveStage() {
        List<List<Integer>> known = new ArrayList<>(compositions);
        ExpressionsBasedModel model = OjAlgoModels.newModel();
        Expression total = model.newExpression("total").level(1);
        Variable[] share = new Variable[known.size()];
        for (int j = 0; j < share.length; j++) {
            share[j] = model.newVariable("panel" + j).lower(0);
            total.set(share[j], 1);
        }
        Variable lowest = model.newVariable("minimum").lower(0).weight(1);
        Map<ModelEntity<?>, Integer> groupOfRow = new HashMap<>();
        Expression[] rows = new Expression[problem.groupCount()];
        for (int g = 0; g < rows.length; g++) {
            if (!fixed[g]) {
                rows[g] = model.newExpression("group" + g).lower(0).set(lowest, -1);
            } else if (fixedProbability[g] > 0) {
                rows[g] = model.newExpression("group" + g).lower(fixedProbability[g]);
            }
            if (rows[g] != null) {
                groupOfRow.put(rows[g], g);
            }
        }
        for (int j = 0; j < share.length; j++) {
            List<Integer> composition = known.get(j);
            for (int g = 0; g < rows.length; g++) {
                if (rows[g] != null && composition.get(g) > 0) {
                    rows[g].set(share[j], (double) composition.get(g) / groupSize(g));
                }
            }
        }
        Optimisation.Result result = model.maximise();
        if (result.getState() == Optimisation.State.INFEASIBLE) {
            return Optional.empty();
        }
        if (!result.getState().isOptimal()) {
            throw new IllegalStateException("the LEXIMIN linear program was not solved: " + result.getState());
        }
        double[] weights = new double[rows.length];
        double cap = 0;
        for (var multiplier : result.getMatchedMultipliers()) {
            ModelEntity<?> row = multiplier.getKey().getKey();
            if (row == total) {
                cap = multiplier.doubleValue();
            } else if (groupOfRow.containsKey(row)) {
                weights[groupOfRow.get(row)] = Math.max(0, multiplier.doubleValue());
            }
        }
        double[] shares = new double[share.length];
        for (int j = 0; j < share.length; j++) {
            shares[j] = Math.clamp(result.doubleValue(j), 0, 1);
        }
        double minimum = result.doubleValue(share.length);
        if (!isDualSolution(known, weights, cap, minimum)) {
            DualSolution dual = solveDual(known);
            weights = dual.weights();
            cap = dual.cap();
        }
        return Optional.of(new Stage(known, shares, minimum, weights, cap));
    }

    /**
     * Whether the multipliers are a dual optimum: weights on unfixed groups sum to 1, no known composition outweighs the
     * cap, and the dual objective equals the minimum. ojAlgo's presolve can fold rows into variable bounds and drop
     * their multipliers, most often in small programs.
     */
    private boolean isDualSolution(List<List<Integer>> known, double[] weights, double cap, double minimum) {
        double unfixedWeight = 0;
        double objective = cap;
        for (int g = 0; g < weights.length; g++) {
            if (fixed[g]) {
                objective -= fixedProbability[g] * weights[g];
            } else {
                unfixedWeight += weights[g];
            }
        }
        boolean consistent = Math.abs(unfixedWeight - 1) <= DUAL_CHECK && Math.abs(objective - minimum) <= DUAL_CHECK;
        return consistent && known.stream().allMatch(composition -> weightOf(composition, weights) <= cap + DUAL_CHECK);
    }

    private double weightOf(List<Integer> composition, double[] groupWeights) {
        double weight = 0;
        for (int g = 0; g < groupWeights.length; g++) {
            weight += groupWeights[g] * composition.get(g) / groupSize(g);
        }
        return weight;
    }

    /**
     * The dual of the stage program, solved directly: minimise cap - sum(fixed p_g y_g) subject to
     * sum(y_g c_g / |g|) <= cap for every known composition c, y >= 0 and y summing to 1 over unfixed groups.
     */
    private DualSolution solveDual(List<List<Integer>> known) {
        int groups = problem.groupCount();
        ExpressionsBasedModel model = OjAlgoModels.newModel();
        Variable[] weight = new Variable[groups];
        Expression unfixed = model.newExpression("unfixed").level(1);
        for (int g = 0; g < groups; g++) {
            weight[g] = model.newVariable("y" + g).lower(0);
            if (!fixed[g]) {
                unfixed.set(weight[g], 1);
            } else if (fixedProbability[g] > 0) {
                weight[g].weight(-fixedProbability[g]);
            } else {
                weight[g].upper(0);
            }
        }
        Variable cap = model.newVariable("cap").lower(0).weight(1);
        for (int j = 0; j < known.size(); j++) {
            Expression row = model.newExpression("panel" + j).upper(0).set(cap, -1);
            for (int g = 0; g < groups; g++) {
                if (known.get(j).get(g) > 0) {
                    row.set(weight[g], (double) known.get(j).get(g) / groupSize(g));
                }
            }
        }
        Optimisation.Result result = model.minimise();
        if (!result.getState().isOptimal()) {
            throw new IllegalStateException("the dual of the LEXIMIN linear program was not solved: " + result.getState());
        }
        double[] weights = new double[groups];
        for (int g = 0; g < groups; g++) {
            weights[g] = Math.max(0, result.doubleValue(g));
        }
        return new DualSolution(weights, result.doubleValue(groups));
    }

    /** The lottery of the last stage: it meets every fixed probability, including those fixed in that stage. */
    private PanelDistribution lottery() {
        double sum = 0;
        for (double share : latest.shares()) {
            sum += share;
        }
        List<List<Integer>> used = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        for (int j = 0; j < latest.shares().length; j++) {
            if (latest.shares()[j] > 0) {
                used.add(latest.compositions().get(j));
                probabilities.add(latest.shares()[j] / sum);
            }
        }
        return new PanelDistribution(used, probabilities);
    }

    private static IllegalStateException noValidPanel() {
        return new IllegalStateException("LEXIMIN needs at least one valid panel; check feasibility first");
    }

    private record Stage(List<List<Integer>> compositions, double[] shares, double minimum, double[] groupWeights, double cap) {
    }

    private record DualSolution(double[] weights, double cap) {
    }
}

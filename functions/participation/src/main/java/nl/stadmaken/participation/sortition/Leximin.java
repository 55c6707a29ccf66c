package nl.stadmaken.participation.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * LEXIMIN (Flanigan, Goelz, Gupta, Hennig and Procaccia, Nature 596, 2021): the lottery over valid panels that maximises
 * the smallest selection probability, then the next smallest, and so on, found by column generation as in their
 * {@code stratification.py}. Each stage solves the dual LP over the panels found so far, asks the integer program for the
 * panel heaviest under the dual weights until none beats the cap, then fixes the probabilities with positive dual
 * weight. Interchangeable members share one probability in the unique LEXIMIN allocation, so all of this runs per group.
 */
final class Leximin {

    /** Solver tolerance: a panel joins only if it beats the dual's cap by more than this; with the simplex's 1e-9 perturbation, probabilities are optimal to within about 1e-8. */
    static final double TOLERANCE = 1e-9;

    /** Panels found by multiplicative weights before column generation starts; they cover most groups cheaply. */
    private static final int WARM_START_ROUNDS = 10;
    private static final int MAX_RELAXATIONS = 100;

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
     * sum(x_c c_g / |g|) at least z, every fixed group's at least its fixed value. Minus the shadow prices of the group
     * rows are the dual weights y_g, and the shadow price of the sum row is the cap on sum(y_g c_g / |g|) over the known
     * compositions. Empty when the fixed probabilities cannot all be met.
     */
    private Optional<Stage> solveStage() {
        List<List<Integer>> known = new ArrayList<>(compositions);
        int groups = problem.groupCount();
        int minimum = known.size();
        double[][] rows = new double[1 + groups][known.size() + 1];
        DenseSimplex.Relation[] relations = new DenseSimplex.Relation[rows.length];
        double[] rhs = new double[rows.length];
        Arrays.fill(rows[0], 0, known.size(), 1);
        relations[0] = DenseSimplex.Relation.EQUAL;
        rhs[0] = 1;
        for (int g = 0; g < groups; g++) {
            double[] row = rows[1 + g];
            for (int j = 0; j < known.size(); j++) {
                row[j] = (double) known.get(j).get(g) / groupSize(g);
            }
            row[minimum] = fixed[g] ? 0 : -1;
            relations[1 + g] = DenseSimplex.Relation.AT_LEAST;
            rhs[1 + g] = fixed[g] ? fixedProbability[g] : 0;
        }
        double[] objective = new double[known.size() + 1];
        objective[minimum] = 1;
        return switch (DenseSimplex.maximise(objective, rows, relations, rhs)) {
            case DenseSimplex.Optimum optimum -> {
                double[] weights = new double[groups];
                for (int g = 0; g < groups; g++) {
                    weights[g] = Math.max(0, -optimum.shadowPrices()[1 + g]);
                }
                yield Optional.of(new Stage(known, Arrays.copyOf(optimum.x(), known.size()), optimum.x()[minimum], weights,
                        optimum.shadowPrices()[0]));
            }
            case DenseSimplex.Infeasible infeasible -> Optional.empty();
            case DenseSimplex.Unbounded unbounded -> throw new IllegalStateException("the LEXIMIN linear program cannot be unbounded");
        };
    }

    private double weightOf(List<Integer> composition, double[] groupWeights) {
        double weight = 0;
        for (int g = 0; g < groupWeights.length; g++) {
            weight += groupWeights[g] * composition.get(g) / groupSize(g);
        }
        return weight;
    }

    /** The lottery of the last stage: it meets every fixed probability, including those fixed in that stage. */
    private PanelDistribution lottery() {
        double[] shares = Arrays.stream(latest.shares()).map(share -> Math.max(0, share)).toArray();
        double sum = Arrays.stream(shares).sum();
        List<List<Integer>> used = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        for (int j = 0; j < shares.length; j++) {
            if (shares[j] > 0) {
                used.add(latest.compositions().get(j));
                probabilities.add(shares[j] / sum);
            }
        }
        return new PanelDistribution(used, probabilities);
    }

    private static IllegalStateException noValidPanel() {
        return new IllegalStateException("LEXIMIN needs at least one valid panel; check feasibility first");
    }

    private record Stage(List<List<Integer>> compositions, double[] shares, double minimum, double[] groupWeights, double cap) {
    }

}

package nl.stadmaken.participation.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Explains why no panel can meet the quotas, naming the feature values involved. Counting arguments come first because
 * they give the clearest reasons; only when none applies is the integer program asked, and if it finds no panel the
 * quotas are narrowed down to a minimal set that cannot be met together.
 */
final class Feasibility {

    private Feasibility() {
    }

    /** Reasons no valid panel exists; empty when one does. */
    static List<String> reasons(SelectionProblem problem) {
        List<String> reasons = countingReasons(problem);
        if (!reasons.isEmpty()) {
            return reasons;
        }
        PanelProgram program = new PanelProgram(problem);
        if (program.admitsPanel(quota -> true)) {
            return List.of();
        }
        return List.of(conflictReason(problem, program));
    }

    private static List<String> countingReasons(SelectionProblem problem) {
        List<String> reasons = new ArrayList<>();
        int size = problem.panelSize();
        int households = problem.householdCount();
        if (problem.poolSize() < size) {
            reasons.add("the pool has only " + problem.poolSize() + " members for a panel of " + size);
        } else if (households < size) {
            reasons.add("the pool's " + problem.poolSize() + " members live in only " + households
                    + " households, too few for a panel of " + size + " with one member per household");
        }
        for (Map.Entry<String, List<Integer>> feature : quotasByFeature(problem).entrySet()) {
            List<Integer> quotas = feature.getValue();
            int minimums = quotas.stream().mapToInt(q -> problem.quotas().get(q).min()).sum();
            if (minimums > size) {
                reasons.add(feature.getKey() + ": the minimums add up to " + minimums + ", more than the panel size " + size
                        + " (" + describe(problem, quotas, q -> problem.quotas().get(q).min()) + ")");
            }
            int reachable = quotas.stream().mapToInt(q -> reachable(problem, q)).sum();
            if (reachable < size) {
                reasons.add(feature.getKey() + ": at most " + reachable + " panel members can be found within the maximums, fewer than the panel size "
                        + size + " (" + describe(problem, quotas, q -> reachable(problem, q)) + ")");
            }
        }
        for (int q = 0; q < problem.quotas().size(); q++) {
            Quota quota = problem.quotas().get(q);
            int[] holders = problem.membersWith(q);
            int holderHouseholds = problem.householdCount(holders);
            if (quota.min() > holders.length) {
                reasons.add(quota.featureValue() + ": minimum " + quota.min() + " but only " + holders.length + " pool members have it");
            } else if (quota.min() > holderHouseholds) {
                reasons.add(quota.featureValue() + ": minimum " + quota.min() + " but its " + holders.length + " pool members live in only "
                        + holderHouseholds + " households");
            }
        }
        return reasons;
    }

    /** Members with the value the panel can hold: capped by the maximum, the pool and, under the household rule, the households. */
    private static int reachable(SelectionProblem problem, int quota) {
        int[] holders = problem.membersWith(quota);
        return Math.min(problem.quotas().get(quota).max(), problem.householdCount(holders));
    }

    /** Deletion filter: drop each quota in turn and keep it dropped while no panel exists without it. */
    private static String conflictReason(SelectionProblem problem, PanelProgram program) {
        boolean[] enforced = new boolean[problem.quotas().size()];
        Arrays.fill(enforced, true);
        for (int q = 0; q < enforced.length; q++) {
            enforced[q] = false;
            if (program.admitsPanel(quota -> enforced[quota])) {
                enforced[q] = true;
            }
        }
        List<Integer> conflicting = IntStream.range(0, enforced.length).filter(q -> enforced[q]).boxed().toList();
        if (conflicting.isEmpty()) {
            return "no panel of " + problem.panelSize() + " members from different households exists";
        }
        return "no panel of " + problem.panelSize() + " meets these quotas together: " + conflicting.stream()
                .map(q -> problem.quotas().get(q))
                .map(quota -> quota.featureValue() + " (" + quota.min() + ".." + quota.max() + ")")
                .collect(Collectors.joining(", "));
    }

    private static Map<String, List<Integer>> quotasByFeature(SelectionProblem problem) {
        Map<String, List<Integer>> byFeature = new LinkedHashMap<>();
        for (int q = 0; q < problem.quotas().size(); q++) {
            byFeature.computeIfAbsent(problem.quotas().get(q).feature(), feature -> new ArrayList<>()).add(q);
        }
        return byFeature;
    }

    private static String describe(SelectionProblem problem, List<Integer> quotas, IntUnaryOperator amount) {
        return quotas.stream()
                .map(q -> problem.quotas().get(q).featureValue() + " " + amount.applyAsInt(q))
                .collect(Collectors.joining(", "));
    }
}

package nl.stadmaken.participation.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Sortition Foundation's legacy greedy stratified draw: repeatedly take the feature value whose remaining need is
 * largest relative to its remaining candidates, draw a random candidate with that value, and remove everyone who would
 * break a maximum or share the new member's household. A draw that runs into a dead end is started over.
 */
public final class LegacyDraw {

    /** Fresh starts before the draw gives up. */
    static final int MAX_ATTEMPTS = 100;

    /** Seeded runs behind the selection probabilities reported with a legacy draw, which has no closed form for them. */
    static final int ESTIMATE_RUNS = 1000;

    private LegacyDraw() {
    }

    /**
     * Each member's share of panels over {@code runs} seeded legacy draws (seeds derived from the request's seed), for
     * comparing the legacy draw's fairness with LEXIMIN. Runs that give up are left out.
     */
    public static SortedMap<String, Double> empiricalProbabilities(DrawRequest request, int runs) {
        SelectionProblem problem = SelectionProblem.of(request);
        double[] estimate = estimate(problem, request.seed(), runs);
        SortedMap<String, Double> byId = new TreeMap<>();
        for (int i = 0; i < estimate.length; i++) {
            byId.put(problem.member(i).id(), estimate[i]);
        }
        return Collections.unmodifiableSortedMap(byId);
    }

    static double[] estimate(SelectionProblem problem, Seed seed, int runs) {
        int[] timesDrawn = new int[problem.poolSize()];
        int completed = 0;
        for (int run = 0; run < runs; run++) {
            Optional<List<Integer>> panel = draw(problem, RandomStream.of(seed, "legacy estimate run " + run));
            if (panel.isPresent()) {
                completed++;
                panel.get().forEach(i -> timesDrawn[i]++);
            }
        }
        double[] probabilities = new double[timesDrawn.length];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = completed == 0 ? 0 : (double) timesDrawn[i] / completed;
        }
        return probabilities;
    }

    /** A panel of member indices in id order, or empty when every attempt ran into a dead end. */
    static Optional<List<Integer>> draw(SelectionProblem problem, RandomStream random) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<List<Integer>> panel = new Attempt(problem).run(random);
            if (panel.isPresent()) {
                return panel;
            }
        }
        return Optional.empty();
    }

    private static final class Attempt {

        private final SelectionProblem problem;
        private final boolean[] available;
        private final int[] selected;
        private final int[] remaining;
        private final int[][] householdMembers;

        Attempt(SelectionProblem problem) {
            this.problem = problem;
            this.available = new boolean[problem.poolSize()];
            Arrays.fill(available, true);
            this.selected = new int[problem.quotas().size()];
            this.remaining = new int[problem.quotas().size()];
            for (int q = 0; q < remaining.length; q++) {
                remaining[q] = problem.membersWith(q).length;
            }
            this.householdMembers = new int[problem.poolSize()][];
            for (int[] household : problem.sharedHouseholds()) {
                for (int i : household) {
                    householdMembers[i] = household;
                }
            }
            for (int q = 0; q < remaining.length; q++) {
                if (problem.quotas().get(q).max() == 0) {
                    removeAllAvailableWith(q);
                }
            }
        }

        Optional<List<Integer>> run(RandomStream random) {
            List<Integer> panel = new ArrayList<>();
            while (panel.size() < problem.panelSize()) {
                if (anyMinimumOutOfReach()) {
                    return Optional.empty();
                }
                int neediest = neediestQuota();
                int candidates = neediest < 0 ? availableCount() : remaining[neediest];
                if (candidates == 0) {
                    return Optional.empty();
                }
                int member = pick(neediest, random.nextBelow(candidates));
                panel.add(member);
                select(member);
            }
            for (int q = 0; q < selected.length; q++) {
                if (selected[q] < problem.quotas().get(q).min()) {
                    return Optional.empty();
                }
            }
            return Optional.of(panel.stream().sorted().toList());
        }

        private boolean anyMinimumOutOfReach() {
            for (int q = 0; q < selected.length; q++) {
                int missing = problem.quotas().get(q).min() - selected[q];
                if (missing > remaining[q]) {
                    return true;
                }
            }
            return false;
        }

        /** Highest ratio of remaining need to remaining candidates; ties go to the first quota in feature, value order. */
        private int neediestQuota() {
            int neediest = -1;
            double highest = Double.NEGATIVE_INFINITY;
            for (int q = 0; q < selected.length; q++) {
                Quota quota = problem.quotas().get(q);
                if (remaining[q] > 0 && quota.max() > 0) {
                    double ratio = (double) (quota.min() - selected[q]) / remaining[q];
                    if (ratio > highest) {
                        highest = ratio;
                        neediest = q;
                    }
                }
            }
            return neediest;
        }

        /** The available member at the position among those with the quota, or among everyone when no quota is left to steer by. */
        private int pick(int quota, int position) {
            int seen = 0;
            int candidates = quota < 0 ? problem.poolSize() : problem.membersWith(quota).length;
            for (int c = 0; c < candidates; c++) {
                int i = quota < 0 ? c : problem.membersWith(quota)[c];
                if (available[i] && seen++ == position) {
                    return i;
                }
            }
            throw new IllegalStateException("remaining count of quota " + quota + " is out of step with the available members");
        }

        private int availableCount() {
            int count = 0;
            for (boolean free : available) {
                count += free ? 1 : 0;
            }
            return count;
        }

        private void select(int member) {
            remove(member);
            for (int q : problem.quotasOf(member)) {
                selected[q]++;
            }
            for (int q : problem.quotasOf(member)) {
                if (selected[q] == problem.quotas().get(q).max()) {
                    removeAllAvailableWith(q);
                }
            }
            if (householdMembers[member] != null) {
                for (int i : householdMembers[member]) {
                    if (available[i]) {
                        remove(i);
                    }
                }
            }
        }

        private void removeAllAvailableWith(int quota) {
            for (int i : problem.membersWith(quota)) {
                if (available[i]) {
                    remove(i);
                }
            }
        }

        private void remove(int member) {
            available[member] = false;
            for (int q : problem.quotasOf(member)) {
                remaining[q]--;
            }
        }
    }
}

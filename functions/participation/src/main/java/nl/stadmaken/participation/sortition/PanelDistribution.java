package nl.stadmaken.participation.sortition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A lottery over panel compositions (members per interchangeable group, see {@link SelectionProblem}); within a group
 * the members are drawn uniformly. Compositions are kept in a canonical order so that which one a random number picks
 * depends only on the lottery, not on the order in which they were found.
 */
record PanelDistribution(List<List<Integer>> compositions, List<Double> probabilities) {

    private static final Comparator<List<Integer>> CANONICAL = (a, b) -> {
        for (int g = 0; g < Math.min(a.size(), b.size()); g++) {
            int order = Integer.compare(a.get(g), b.get(g));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    PanelDistribution {
        if (compositions.size() != probabilities.size() || compositions.isEmpty()) {
            throw new IllegalArgumentException("a lottery needs one probability per composition and at least one composition");
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < compositions.size(); j++) {
            order.add(j);
        }
        List<List<Integer>> given = List.copyOf(compositions);
        order.sort(Comparator.comparing(given::get, CANONICAL));
        compositions = order.stream().map(given::get).map(List::copyOf).toList();
        probabilities = order.stream().map(probabilities::get).toList();
    }

    /** Probability that each member ends up on the drawn panel. */
    double[] marginals(SelectionProblem problem) {
        double[] groupShare = new double[problem.groupCount()];
        for (int j = 0; j < compositions.size(); j++) {
            List<Integer> composition = compositions.get(j);
            for (int g = 0; g < groupShare.length; g++) {
                groupShare[g] += probabilities.get(j) * composition.get(g);
            }
        }
        double[] marginals = new double[problem.poolSize()];
        for (int i = 0; i < marginals.length; i++) {
            int g = problem.groupOf(i);
            marginals[i] = groupShare[g] / problem.group(g).length;
        }
        return marginals;
    }

    /** Picks a composition by the lottery, then the members of each group uniformly; returns member indices in order. */
    List<Integer> choose(SelectionProblem problem, RandomStream random) {
        List<Integer> composition = chooseComposition(random);
        List<Integer> panel = new ArrayList<>();
        for (int g = 0; g < problem.groupCount(); g++) {
            int[] candidates = problem.group(g).clone();
            for (int picked = 0; picked < composition.get(g); picked++) {
                int swap = picked + random.nextBelow(candidates.length - picked);
                int member = candidates[swap];
                candidates[swap] = candidates[picked];
                candidates[picked] = member;
                panel.add(member);
            }
        }
        return panel.stream().sorted().toList();
    }

    private List<Integer> chooseComposition(RandomStream random) {
        double point = random.nextUnit();
        double cumulative = 0;
        for (int j = 0; j < compositions.size(); j++) {
            cumulative += probabilities.get(j);
            if (point < cumulative) {
                return compositions.get(j);
            }
        }
        return compositions.getLast();
    }
}

package nl.stadmaken.participation.sortition;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The result of a draw: a panel, or the reasons no panel can meet the quotas, or a legacy draw that gave up. */
public sealed interface DrawOutcome {

    /**
     * A drawn panel.
     *
     * @param panel the whole panel, ids sorted
     * @param drawn the members chosen by this draw: the whole panel, or only the replacements
     * @param probabilities each candidate's probability of being chosen by this draw (exact for LEXIMIN, estimated from
     *     seeded runs for LEGACY); sums to the number chosen
     * @param minimumProbability the smallest of those probabilities
     * @param quotaTallies every quota with the number of panel members having its value
     * @param audit what is needed to verify the draw
     */
    record Drawn(List<String> panel, List<String> drawn, SortedMap<String, Double> probabilities, double minimumProbability,
            List<QuotaTally> quotaTallies, DrawAudit audit) implements DrawOutcome {

        public Drawn {
            panel = List.copyOf(panel);
            drawn = List.copyOf(drawn);
            probabilities = Collections.unmodifiableSortedMap(new TreeMap<>(probabilities));
            quotaTallies = List.copyOf(quotaTallies);
        }
    }

    /** No panel can meet the quotas; each reason names the feature values involved, e.g. {@code Gender=Female}. */
    record Infeasible(List<String> reasons) implements DrawOutcome {

        public Infeasible {
            reasons = List.copyOf(reasons);
        }
    }

    /** A panel exists, but the legacy draw ran into a dead end on every attempt. */
    record GaveUp(String reason) implements DrawOutcome {
    }
}

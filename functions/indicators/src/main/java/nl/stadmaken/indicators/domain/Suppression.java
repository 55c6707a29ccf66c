package nl.stadmaken.indicators.domain;

import java.util.Map;

/**
 * Which counts of a period's figures are withheld from the public: by each breakdown's own small-cell guard
 * ({@link #LOCAL}), or as the {@link DifferencingGuard} decided for the period's whole year.
 */
public interface Suppression {

    Suppression LOCAL = new Suppression() {
        @Override
        public GuardedBreakdown breakdown(String metric, int minCellSize, String dimension, long total, Map<String, Long> cells) {
            return SmallCellGuard.guard(total, cells, minCellSize);
        }

        @Override
        public boolean total(String metric, int minCellSize, long total) {
            return SmallCellGuard.small(total, minCellSize);
        }
    };

    /** The total of {@code metric} and its cells along {@code dimension}, guarded with {@code minCellSize}. */
    GuardedBreakdown breakdown(String metric, int minCellSize, String dimension, long total, Map<String, Long> cells);

    /** Whether the total of {@code metric} is withheld. */
    boolean total(String metric, int minCellSize, long total);
}

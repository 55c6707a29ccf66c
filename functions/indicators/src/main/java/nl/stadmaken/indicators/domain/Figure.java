package nl.stadmaken.indicators.domain;

import java.util.Map;

/**
 * One figure of a snapshot: an indicator's value in one cell of one breakdown ({@code total}/{@code all} for the
 * overall figure), with the number of people or things it rests on. Stored exactly; {@link #publicView()} withholds
 * what the small-cell guard marked. {@code note} says why a figure has no value (no reference population, say).
 */
public record Figure(String indicator, String dimension, String cell, Double value, Long count, boolean suppressed,
                     Double lower, Double upper, Map<Integer, Long> distribution, boolean distributionSuppressed,
                     String note) {

    public static Figure of(String indicator, String dimension, String cell, Double value, long count, boolean suppressed) {
        return new Figure(indicator, dimension, cell, value, count, suppressed, null, null, null, false, null);
    }

    public static Figure unavailable(String indicator, String dimension, String cell, String note) {
        return new Figure(indicator, dimension, cell, null, null, false, null, null, null, false, note);
    }

    public Figure publicView() {
        if (suppressed) {
            return new Figure(indicator, dimension, cell, null, null, true, null, null, null, false, "withheld: too few to publish");
        }
        return distributionSuppressed ? new Figure(indicator, dimension, cell, value, count, false, lower, upper, null, true, note) : this;
    }
}

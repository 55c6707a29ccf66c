package nl.stadmaken.indicators.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an indicator's figure is made from its counters. */
public enum Aggregation {
    /** The counter itself. */
    COUNT,
    /** The counter, an amount rather than a number of people or things. */
    SUM,
    /** Counter over counter, per breakdown cell. */
    SHARE,
    /** Mean answer of a survey question, with its distribution and a 95% confidence interval. */
    MEAN,
    /** Dissimilarity of a counter's breakdown against the reference population, with a ratio per group. */
    DISSIMILARITY,
    /** A counter per day, summed over the days of the period before today (promises that fell due). */
    COUNT_UNTIL_TODAY,
    /**
     * Promises kept (a counter per promised day) over promises settled: those that fell due before today, and those
     * kept already though their day is still to come.
     */
    KEPT_SHARE;

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Aggregation> ofWord(String word) {
        return Arrays.stream(values()).filter(value -> value.word().equals(word)).findFirst();
    }
}

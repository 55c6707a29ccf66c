package nl.stadmaken.indicators.domain;

/** Where an indicator's numbers come from: an operational counter, or the answers to a survey question. */
public sealed interface IndicatorSource {

    /** A counter the job keeps, for example {@code signups}. */
    record Metric(String metric) implements IndicatorSource {
    }

    /** One counter over another, for example complete agreements over published trajectories. */
    record Share(String numerator, String denominator) implements IndicatorSource {
    }

    /** A counter's breakdown along {@code dimension}, compared with the reference population. */
    record Dissimilarity(String metric, String dimension) implements IndicatorSource {
    }

    /** The answers to a survey question. */
    record SurveyScore(String question) implements IndicatorSource {
    }
}

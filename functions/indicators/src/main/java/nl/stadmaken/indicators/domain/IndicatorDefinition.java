package nl.stadmaken.indicators.domain;

import java.util.List;

/**
 * One indicator as the catalogue defines it. {@code minCellSize}: a public figure resting on fewer people than this
 * is withheld. {@code breakdowns}: {@code total} and the dimensions it is also published by.
 */
public record IndicatorDefinition(String id, Labels labels, List<String> goals, Aggregation aggregation,
                                  IndicatorSource source, String unit, int minCellSize, List<String> breakdowns) {

    public IndicatorDefinition {
        goals = List.copyOf(goals);
        breakdowns = List.copyOf(breakdowns);
    }
}

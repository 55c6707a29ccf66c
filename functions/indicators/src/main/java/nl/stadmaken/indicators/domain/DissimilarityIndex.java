package nl.stadmaken.indicators.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * How far the spread of participants over groups (areas, age bands) differs from the population's: half the sum of
 * the absolute differences of the shares, from 0 (the same spread) to 1 (no overlap). It is the share of participants
 * that would have to come from another group to mirror the population. Per group, the ratio of its share of
 * participants to its share of the population (1 is in proportion, below 1 under-represented).
 */
public record DissimilarityIndex(double index, Map<String, Double> ratios) {

    /** Only groups with a population count take part; participants of other groups are left out of both sides. */
    public static DissimilarityIndex of(Map<String, Long> participants, Map<String, Long> population) {
        long participantTotal = 0;
        long populationTotal = 0;
        for (Map.Entry<String, Long> group : population.entrySet()) {
            populationTotal += group.getValue();
            participantTotal += participants.getOrDefault(group.getKey(), 0L);
        }
        if (participantTotal == 0 || populationTotal == 0) {
            throw new IllegalArgumentException("both sides need at least one person in a common group");
        }
        double sum = 0;
        Map<String, Double> ratios = new TreeMap<>();
        for (Map.Entry<String, Long> group : population.entrySet()) {
            double participantShare = (double) participants.getOrDefault(group.getKey(), 0L) / participantTotal;
            double populationShare = (double) group.getValue() / populationTotal;
            sum += Math.abs(participantShare - populationShare);
            if (populationShare > 0) {
                ratios.put(group.getKey(), participantShare / populationShare);
            }
        }
        return new DissimilarityIndex(sum / 2, ratios);
    }
}

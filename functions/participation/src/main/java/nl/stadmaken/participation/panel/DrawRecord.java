package nl.stadmaken.participation.panel;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A panel draw as published: everything in it is pseudonymous, so anyone may see it. Draw 1 is the panel; each later
 * number is a replacement draw after withdrawals.
 *
 * @param number 1 for the panel, 2 and on for replacements
 * @param kind {@code draw} or {@code replacement}
 * @param seed the seed used; a replacement's is derived from the published seed and its number
 * @param inputSha256 SHA-256 of the canonical input, which the pool and quota files given to auditors reproduce
 * @param panel the whole panel after this draw, pseudonyms sorted
 * @param drawn those this draw chose: the whole panel, or the replacements
 * @param replaced members of the previous panel who withdrew and were replaced by this draw
 * @param probabilities every candidate's chance of being chosen by this draw
 * @param quotas every quota with the panel's count
 */
public record DrawRecord(int number, String kind, String algorithm, String algorithmVersion, String seed, String inputSha256,
                         int panelSize, int poolSize, List<String> panel, List<String> drawn, List<String> replaced,
                         SortedMap<String, Double> probabilities, double minimumProbability, List<QuotaCount> quotas,
                         Instant drawnAt) {

    public static final String DRAW = "draw";
    public static final String REPLACEMENT = "replacement";

    public DrawRecord {
        panel = List.copyOf(panel);
        drawn = List.copyOf(drawn);
        replaced = List.copyOf(replaced);
        probabilities = Collections.unmodifiableSortedMap(new TreeMap<>(probabilities));
        quotas = List.copyOf(quotas);
    }

    /** A quota as staff set it, with the number of panel members who have the value. */
    public record QuotaCount(String feature, String value, int min, int max, int count) {
    }
}

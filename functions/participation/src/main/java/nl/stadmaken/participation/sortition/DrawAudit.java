package nl.stadmaken.participation.sortition;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What anyone needs to check a draw: recompute the input hash from the published input (see {@link CanonicalInput}),
 * re-run the named algorithm version with the seed, and compare panel and probabilities.
 *
 * @param inputSha256 SHA-256, hex, of the canonical input text
 * @param seed the public seed
 * @param algorithm algorithm label, {@code leximin} or {@code legacy}
 * @param algorithmVersion version of this implementation of the algorithm
 * @param panel the whole panel, ids sorted
 * @param drawn the members this draw chose, ids sorted
 * @param probabilities each candidate's selection probability by pseudonymous id
 */
public record DrawAudit(String inputSha256, Seed seed, String algorithm, String algorithmVersion, List<String> panel,
        List<String> drawn, SortedMap<String, Double> probabilities) {

    public DrawAudit {
        panel = List.copyOf(panel);
        drawn = List.copyOf(drawn);
        probabilities = Collections.unmodifiableSortedMap(new TreeMap<>(probabilities));
    }

    /**
     * Tab-separated lines in fixed order, probabilities with nine decimals; escaping as in {@link CanonicalInput}.
     */
    public String canonicalText() {
        StringBuilder text = new StringBuilder();
        CanonicalInput.line(text, "stadmaken-sortition-audit", "1");
        CanonicalInput.line(text, "input-sha256", inputSha256);
        CanonicalInput.line(text, "seed", seed.text());
        CanonicalInput.line(text, "algorithm", algorithm, algorithmVersion);
        panel.forEach(id -> CanonicalInput.line(text, "panel", id));
        drawn.forEach(id -> CanonicalInput.line(text, "drawn", id));
        for (Map.Entry<String, Double> probability : probabilities.entrySet()) {
            CanonicalInput.line(text, "probability", probability.getKey(), String.format(Locale.ROOT, "%.9f", probability.getValue()));
        }
        return text.toString();
    }
}

package nl.stadmaken.participation.sortition;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A request to fill places on an earlier panel. Members of the previous panel and everyone withdrawn are never drawn
 * again; the quotas and household rule of the original request apply to the resulting panel.
 *
 * @param original the request the previous panel was drawn with; its algorithm is used again
 * @param previousPanel the panel as it stood, including the members now withdrawing
 * @param withdrawn members who withdrew, from this panel or from earlier rounds
 * @param replacements how many members to draw
 * @param seed the public seed of this replacement draw
 */
public record ReplacementRequest(DrawRequest original, List<String> previousPanel, Set<String> withdrawn, int replacements, Seed seed) {

    public ReplacementRequest {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(seed, "seed");
        previousPanel = previousPanel.stream().sorted().toList();
        withdrawn = Set.copyOf(withdrawn);
        if (replacements < 1) {
            throw new IllegalArgumentException("at least one replacement must be drawn, got " + replacements);
        }
        Set<String> poolIds = new HashSet<>(original.pool().ids());
        if (new HashSet<>(previousPanel).size() != previousPanel.size()) {
            throw new IllegalArgumentException("the previous panel lists a member twice");
        }
        for (String id : previousPanel) {
            if (!poolIds.contains(id)) {
                throw new IllegalArgumentException("previous panel member " + id + " is not in the pool");
            }
        }
        for (String id : withdrawn) {
            if (!poolIds.contains(id)) {
                throw new IllegalArgumentException("withdrawn member " + id + " is not in the pool");
            }
        }
    }

    /** Replaces exactly the members of the previous panel who withdrew. */
    public static ReplacementRequest forWithdrawals(DrawRequest original, List<String> previousPanel, Set<String> withdrawn, Seed seed) {
        int leaving = (int) previousPanel.stream().filter(withdrawn::contains).count();
        return new ReplacementRequest(original, previousPanel, withdrawn, leaving, seed);
    }

    /** Members who stay on the panel, ids sorted. */
    public List<String> staying() {
        return previousPanel.stream().filter(id -> !withdrawn.contains(id)).toList();
    }
}

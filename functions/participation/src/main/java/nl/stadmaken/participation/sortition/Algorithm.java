package nl.stadmaken.participation.sortition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a panel is drawn; the version is part of the audit so that a draw can be re-run with the same code. */
public enum Algorithm {
    /** Maximises the smallest selection probability, then the next smallest, and so on (Flanigan et al., Nature 2021). */
    LEXIMIN("1"),
    /** The Sortition Foundation's earlier greedy stratified draw, kept for comparison and replacements. */
    LEGACY("1");

    private final String version;

    Algorithm(String version) {
        this.version = version;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String version() {
        return version;
    }

    public static Optional<Algorithm> find(String label) {
        return Arrays.stream(values()).filter(algorithm -> algorithm.label().equals(label.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static Algorithm fromLabel(String label) {
        return find(label).orElseThrow(() -> new IllegalArgumentException("unknown algorithm '" + label + "', expected leximin or legacy"));
    }
}

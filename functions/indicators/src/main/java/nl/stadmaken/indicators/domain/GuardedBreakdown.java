package nl.stadmaken.indicators.domain;

import java.util.Set;

/** Which figures of one breakdown (its total and its cells) may be published. */
public record GuardedBreakdown(boolean totalSuppressed, Set<String> suppressedCells) {

    public GuardedBreakdown {
        suppressedCells = Set.copyOf(suppressedCells);
    }

    public boolean suppressed(String cell) {
        return suppressedCells.contains(cell);
    }

    public boolean anySuppressed() {
        return totalSuppressed || !suppressedCells.isEmpty();
    }
}

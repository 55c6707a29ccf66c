package nl.stadmaken.indicators.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps small numbers of people out of public figures. A count from 1 to {@code minCellSize - 1} is withheld (zero is
 * no person and is published). So that the total minus the published cells cannot give a withheld cell back, more
 * cells are withheld (the smallest first) until no cell is withheld alone and the withheld cells together reach the
 * minimum; where that is impossible the total is withheld as well.
 */
public final class SmallCellGuard {

    private SmallCellGuard() {
    }

    public static boolean small(long count, int minCellSize) {
        return count > 0 && count < minCellSize;
    }

    /** {@code cells} must add up to {@code total}; every item of the total belongs to exactly one cell. */
    public static GuardedBreakdown guard(long total, Map<String, Long> cells, int minCellSize) {
        Set<String> suppressed = new HashSet<>();
        cells.forEach((cell, count) -> {
            if (small(count, minCellSize)) {
                suppressed.add(cell);
            }
        });
        long withheld = suppressed.stream().mapToLong(cells::get).sum();
        while (suppressed.size() == 1 || (withheld > 0 && withheld < minCellSize)) {
            String next = cells.entrySet().stream()
                    .filter(cell -> cell.getValue() > 0 && !suppressed.contains(cell.getKey()))
                    .min(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).orElse(null);
            if (next == null) {
                break;
            }
            suppressed.add(next);
            withheld += cells.get(next);
        }
        boolean totalSuppressed = small(total, minCellSize) || (withheld > 0 && withheld < minCellSize);
        if (totalSuppressed) {
            cells.forEach((cell, count) -> {
                if (count > 0) {
                    suppressed.add(cell);
                }
            });
        }
        return new GuardedBreakdown(totalSuppressed, suppressed);
    }
}

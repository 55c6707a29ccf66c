package nl.stadmaken.indicators.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Secondary suppression across the sums that published figures form, so that no withheld count can be worked out by
 * subtracting published ones: a year is the sum of its quarters and a quarter of its months, a period's total the sum
 * of the cells of each breakdown, and a stadsdeel the sum of its wijken. In every sum whose whole is published, the
 * withheld parts are none, or at least two that together reach the minimum cell size (the smallest parts are
 * withheld too until they do, or else the whole); where a whole is withheld, so are its parts. A change anywhere in a
 * year can move what its other periods must withhold, so a year is guarded with all its quarters and months at once.
 */
public final class DifferencingGuard {

    private static final String STADSDEEL = "stadsdeel";
    private static final String WIJK = "wijk";

    private record Relation(String whole, List<String> parts) {
    }

    /** Per metric and minimum cell size ({@code <metric>|<min>}), the withheld counts as {@code <period>|<dimension>|<cell>}. */
    private final Map<String, Set<String>> withheld;

    private DifferencingGuard(Map<String, Set<String>> withheld) {
        this.withheld = withheld;
    }

    /** {@code family}: the counts of a year, its quarters and its months. */
    public static DifferencingGuard of(Map<Period, PeriodCounts> family, IndicatorCatalogue catalogue, WijkAreas wijken) {
        Map<String, Set<String>> withheld = new HashMap<>();
        guardedDimensions(catalogue).forEach((metricAndMinimum, dimensions) -> {
            int split = metricAndMinimum.lastIndexOf('|');
            String metric = metricAndMinimum.substring(0, split);
            int minCellSize = Integer.parseInt(metricAndMinimum.substring(split + 1));
            withheld.put(metricAndMinimum, withhold(family, metric, dimensions, minCellSize, wijken));
        });
        return new DifferencingGuard(withheld);
    }

    /** What the guard withholds in one period of the year, for the calculator; other metrics are guarded on their own. */
    public Suppression in(Period period) {
        return new Suppression() {
            @Override
            public GuardedBreakdown breakdown(String metric, int minCellSize, String dimension, long total, Map<String, Long> cells) {
                Set<String> hidden = withheld.get(metric + "|" + minCellSize);
                if (hidden == null) {
                    return LOCAL.breakdown(metric, minCellSize, dimension, total, cells);
                }
                Set<String> cellsHidden = new HashSet<>();
                cells.keySet().stream().filter(cell -> hidden.contains(node(period, dimension, cell))).forEach(cellsHidden::add);
                return new GuardedBreakdown(hidden.contains(node(period, Counter.TOTAL, Counter.ALL)), cellsHidden);
            }

            @Override
            public boolean total(String metric, int minCellSize, long total) {
                Set<String> hidden = withheld.get(metric + "|" + minCellSize);
                return hidden == null ? LOCAL.total(metric, minCellSize, total) : hidden.contains(node(period, Counter.TOTAL, Counter.ALL));
            }
        };
    }

    /** The breakdowns published of each counted metric with a minimum above one (below it nothing is withheld). */
    private static Map<String, Set<String>> guardedDimensions(IndicatorCatalogue catalogue) {
        Map<String, Set<String>> guarded = new TreeMap<>();
        for (IndicatorDefinition indicator : catalogue.indicators()) {
            String metric = switch (indicator.aggregation()) {
                case COUNT, SUM -> ((IndicatorSource.Metric) indicator.source()).metric();
                case SHARE -> ((IndicatorSource.Share) indicator.source()).numerator();
                case DISSIMILARITY -> ((IndicatorSource.Dissimilarity) indicator.source()).metric();
                case MEAN, COUNT_UNTIL_TODAY, KEPT_SHARE -> null;
            };
            if (metric == null || indicator.minCellSize() <= 1) {
                continue;
            }
            Set<String> dimensions = guarded.computeIfAbsent(metric + "|" + indicator.minCellSize(), key -> new TreeSet<>());
            indicator.breakdowns().stream().filter(dimension -> !dimension.equals(Counter.TOTAL)).forEach(dimensions::add);
            if (indicator.source() instanceof IndicatorSource.Dissimilarity dissimilarity) {
                dimensions.add(dissimilarity.dimension());
            }
        }
        return guarded;
    }

    private static Set<String> withhold(Map<Period, PeriodCounts> family, String metric, Set<String> dimensions, int minCellSize,
                                        WijkAreas wijken) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Set<String>> cellsOf = new TreeMap<>();
        cellsOf.put(Counter.TOTAL, Set.of(Counter.ALL));
        family.forEach((period, periodCounts) -> {
            counts.put(node(period, Counter.TOTAL, Counter.ALL), periodCounts.total(metric));
            for (String dimension : dimensions) {
                periodCounts.cells(metric, dimension).forEach((cell, count) -> {
                    counts.put(node(period, dimension, cell), count);
                    cellsOf.computeIfAbsent(dimension, d -> new TreeSet<>()).add(cell);
                });
            }
        });
        List<Relation> relations = relations(family.keySet(), cellsOf, wijken);
        Set<String> withheld = new LinkedHashSet<>();
        counts.forEach((node, count) -> {
            if (SmallCellGuard.small(count, minCellSize)) {
                withheld.add(node);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation relation : relations) {
                changed |= settle(relation, counts, withheld, minCellSize);
            }
        }
        return withheld;
    }

    private static List<Relation> relations(Set<Period> family, Map<String, Set<String>> cellsOf, WijkAreas wijken) {
        List<Relation> relations = new ArrayList<>();
        for (Period period : family) {
            cellsOf.forEach((dimension, cells) -> {
                if (!dimension.equals(Counter.TOTAL)) {
                    relations.add(new Relation(node(period, Counter.TOTAL, Counter.ALL),
                            cells.stream().map(cell -> node(period, dimension, cell)).toList()));
                }
                for (String cell : cells) {
                    List<String> parts = period.parts().stream().map(part -> node(part, dimension, cell)).toList();
                    if (!parts.isEmpty()) {
                        relations.add(new Relation(node(period, dimension, cell), parts));
                    }
                }
            });
            if (cellsOf.containsKey(STADSDEEL) && cellsOf.containsKey(WIJK)) {
                Map<String, List<String>> wijkenOf = new TreeMap<>();
                cellsOf.get(WIJK).forEach(wijk -> wijkenOf.computeIfAbsent(wijken.stadsdeel(wijk).orElse(Counter.UNKNOWN),
                        stadsdeel -> new ArrayList<>()).add(node(period, WIJK, wijk)));
                wijkenOf.forEach((stadsdeel, parts) -> relations.add(new Relation(node(period, STADSDEEL, stadsdeel), parts)));
            }
        }
        return relations;
    }

    /** Applies the rule to one sum; true when it withheld something more. */
    private static boolean settle(Relation relation, Map<String, Long> counts, Set<String> withheld, int minCellSize) {
        if (withheld.contains(relation.whole())) {
            boolean more = false;
            for (String part : relation.parts()) {
                if (counts.getOrDefault(part, 0L) > 0) {
                    more |= withheld.add(part);
                }
            }
            return more;
        }
        List<String> hidden = relation.parts().stream().filter(withheld::contains).toList();
        long hiddenCount = hidden.stream().mapToLong(part -> counts.getOrDefault(part, 0L)).sum();
        if (hidden.size() != 1 && !SmallCellGuard.small(hiddenCount, minCellSize)) {
            return false;
        }
        String next = relation.parts().stream()
                .filter(part -> counts.getOrDefault(part, 0L) > 0 && !withheld.contains(part))
                .min(Comparator.<String>comparingLong(part -> counts.getOrDefault(part, 0L)).thenComparing(Comparator.naturalOrder()))
                .orElse(relation.whole());
        return withheld.add(next);
    }

    private static String node(Period period, String dimension, String cell) {
        return period.key() + "|" + dimension + "|" + cell;
    }
}

package nl.stadmaken.indicators.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Secondary suppression across the sums that published figures form, so that no withheld count can be worked out by
 * subtracting published ones: a year is the sum of its quarters and a quarter of its months, a period's total the sum
 * of the cells of each breakdown, a stadsdeel the sum of its wijken, and the answers of a respondent group the sum of
 * its answers per scale value. In every sum whose whole is published, the withheld parts are none, or at least two
 * that together reach the minimum cell size (the smallest parts are withheld too until they do, or else the whole);
 * where a whole is withheld, so are its parts. A change anywhere in a year can move what its other periods must
 * withhold, so a year is guarded with all its quarters and months at once.
 */
public final class DifferencingGuard {

    private static final String STADSDEEL = "stadsdeel";
    private static final String WIJK = "wijk";
    private static final String GROUP = "group";
    private static final String VALUE = "value";

    private record Relation(String whole, List<String> parts) {
    }

    /** Cells of one breakdown that add up to a cell of another: wijken to their stadsdeel, say. */
    private record Nesting(String wholeDimension, String partDimension, Function<String, String> wholeOf) {
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
            Map<Period, Map<String, Map<String, Long>>> tables = new LinkedHashMap<>();
            List<Nesting> nestings = new ArrayList<>();
            if (metric.startsWith(IndicatorCalculator.answerMetric(""))) {
                family.forEach((period, counts) -> tables.put(period, answerTable(counts.cells(metric, IndicatorCalculator.GROUP_VALUE))));
                nestings.add(new Nesting(GROUP, IndicatorCalculator.GROUP_VALUE, cell -> cell.substring(0, cell.lastIndexOf(':'))));
                nestings.add(new Nesting(VALUE, IndicatorCalculator.GROUP_VALUE, cell -> cell.substring(cell.lastIndexOf(':') + 1)));
            } else {
                family.forEach((period, counts) -> {
                    Map<String, Map<String, Long>> table = new TreeMap<>();
                    table.put(Counter.TOTAL, Map.of(Counter.ALL, counts.total(metric)));
                    dimensions.forEach(dimension -> table.put(dimension, counts.cells(metric, dimension)));
                    tables.put(period, table);
                });
                if (dimensions.contains(STADSDEEL) && dimensions.contains(WIJK)) {
                    nestings.add(new Nesting(STADSDEEL, WIJK, DifferencingGuard.stadsdeelOf(wijken)));
                }
            }
            withheld.put(metricAndMinimum, withhold(tables, nestings, minCellSize));
        });
        return new DifferencingGuard(withheld);
    }

    /** The whole city is its own cell in both breakdowns, like {@code unknown}. */
    private static Function<String, String> stadsdeelOf(WijkAreas wijken) {
        return wijk -> wijk.equals(Counter.CITY) ? Counter.CITY : wijken.stadsdeel(wijk).orElse(Counter.UNKNOWN);
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

    /**
     * The breakdowns published of each metric with a minimum above one (below it nothing is withheld); the answers to a
     * survey question are guarded by group, by value and by both, as their scores publish them.
     */
    private static Map<String, Set<String>> guardedDimensions(IndicatorCatalogue catalogue) {
        Map<String, Set<String>> guarded = new TreeMap<>();
        for (IndicatorDefinition indicator : catalogue.indicators()) {
            String metric = switch (indicator.aggregation()) {
                case COUNT, SUM -> ((IndicatorSource.Metric) indicator.source()).metric();
                case SHARE -> ((IndicatorSource.Share) indicator.source()).numerator();
                case DISSIMILARITY -> ((IndicatorSource.Dissimilarity) indicator.source()).metric();
                case MEAN -> IndicatorCalculator.answerMetric(((IndicatorSource.SurveyScore) indicator.source()).question());
                case COUNT_UNTIL_TODAY, KEPT_SHARE -> null;
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

    /** A survey question's answers in one period: all, per group, per value, and per group and value. */
    private static Map<String, Map<String, Long>> answerTable(Map<String, Long> groupValues) {
        Map<String, Map<String, Long>> table = new TreeMap<>();
        Map<String, Long> groups = new TreeMap<>();
        Map<String, Long> values = new TreeMap<>();
        groupValues.forEach((cell, count) -> {
            groups.merge(cell.substring(0, cell.lastIndexOf(':')), count, Long::sum);
            values.merge(cell.substring(cell.lastIndexOf(':') + 1), count, Long::sum);
        });
        table.put(Counter.TOTAL, Map.of(Counter.ALL, groupValues.values().stream().mapToLong(Long::longValue).sum()));
        table.put(GROUP, groups);
        table.put(VALUE, values);
        table.put(IndicatorCalculator.GROUP_VALUE, groupValues);
        return table;
    }

    /** {@code tables}: per period, the cells of each dimension ({@code total} included), for one metric. */
    private static Set<String> withhold(Map<Period, Map<String, Map<String, Long>>> tables, List<Nesting> nestings, int minCellSize) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Set<String>> cellsOf = new TreeMap<>();
        tables.forEach((period, table) -> table.forEach((dimension, cells) -> cells.forEach((cell, count) -> {
            counts.put(node(period, dimension, cell), count);
            cellsOf.computeIfAbsent(dimension, d -> new TreeSet<>()).add(cell);
        })));
        cellsOf.putIfAbsent(Counter.TOTAL, Set.of(Counter.ALL));
        List<Relation> relations = relations(tables.keySet(), cellsOf, nestings);
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

    private static List<Relation> relations(Set<Period> family, Map<String, Set<String>> cellsOf, List<Nesting> nestings) {
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
            for (Nesting nesting : nestings) {
                Map<String, List<String>> partsOf = new TreeMap<>();
                cellsOf.getOrDefault(nesting.partDimension(), Set.of()).forEach(part -> partsOf
                        .computeIfAbsent(nesting.wholeOf().apply(part), whole -> new ArrayList<>()).add(node(period, nesting.partDimension(), part)));
                partsOf.forEach((whole, parts) -> relations.add(new Relation(node(period, nesting.wholeDimension(), whole), parts)));
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

package nl.stadmaken.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the sign-ups per month and wijk, no sum that the published figures of a year form lets a withheld count be
 * worked out: a month from its quarter, a quarter from its year, a cell from its period's total, a wijk from its
 * stadsdeel. Four wijken in two stadsdelen, over the three months of the first quarter.
 */
class DifferencingGuardProperties {

    private static final List<String> WIJKEN = List.of("WK039202", "WK039203", "WK039210", "WK039211");
    private static final WijkAreas AREAS = WijkAreas.haarlem();

    @Property
    void noSumGivesAWithheldCountAway(@ForAll @Size(12) List<@LongRange(min = 0, max = 12) Long> perMonthAndWijk,
                                      @ForAll @IntRange(min = 2, max = 8) int minCellSize) {
        IndicatorCatalogue catalogue = new IndicatorCatalogue("test", List.of(), List.of(), List.of(),
                List.of(new IndicatorDefinition("signups", new Labels("", ""), List.of(), Aggregation.COUNT,
                        new IndicatorSource.Metric("signups"), "sign-ups", minCellSize, List.of("total", "stadsdeel", "wijk"))));
        Period year = Period.parse("2027").orElseThrow();
        Period quarter = Period.parse("2027-Q1").orElseThrow();
        Map<Period, Map<String, Long>> wijken = new LinkedHashMap<>();
        for (int month = 0; month < 3; month++) {
            Map<String, Long> cells = new LinkedHashMap<>();
            for (int wijk = 0; wijk < WIJKEN.size(); wijk++) {
                cells.put(WIJKEN.get(wijk), perMonthAndWijk.get(month * WIJKEN.size() + wijk));
            }
            wijken.put(quarter.parts().get(month), cells);
        }
        wijken.put(quarter, sum(wijken.values()));
        wijken.put(year, wijken.get(quarter));
        Map<Period, PeriodCounts> family = DifferencingGuardTest.family(counts(wijken));

        DifferencingGuard guard = DifferencingGuard.of(family, catalogue, AREAS);

        for (Period period : family.keySet()) {
            Map<String, Long> byWijk = family.get(period).cells("signups", "wijk");
            Map<String, Long> byStadsdeel = family.get(period).cells("signups", "stadsdeel");
            long total = family.get(period).total("signups");
            Suppression suppression = guard.in(period);
            GuardedBreakdown wijkCells = suppression.breakdown("signups", minCellSize, "wijk", total, byWijk);
            GuardedBreakdown stadsdeelCells = suppression.breakdown("signups", minCellSize, "stadsdeel", total, byStadsdeel);
            boolean totalWithheld = suppression.total("signups", minCellSize, total);
            assertSafe(period + " by wijk", total, totalWithheld, byWijk, wijkCells, minCellSize);
            assertSafe(period + " by stadsdeel", total, totalWithheld, byStadsdeel, stadsdeelCells, minCellSize);
            byStadsdeel.forEach((stadsdeel, count) -> {
                Map<String, Long> inside = new HashMap<>(byWijk);
                inside.keySet().removeIf(wijk -> !AREAS.stadsdeel(wijk).orElseThrow().equals(stadsdeel));
                assertSafe(period + " " + stadsdeel, count, stadsdeelCells.suppressed(stadsdeel), inside, wijkCells, minCellSize);
            });
            for (String wijk : period.parts().isEmpty() ? List.<String>of() : WIJKEN) {
                assertSafe(period + " " + wijk + " over time", byWijk.getOrDefault(wijk, 0L), wijkCells.suppressed(wijk),
                        overTime(family, guard, period, wijk, minCellSize), minCellSize);
            }
            if (!period.parts().isEmpty()) {
                assertSafe(period + " over time", total, totalWithheld, overTime(family, guard, period, null, minCellSize), minCellSize);
            }
        }
    }

    /** The counts of one wijk (or, for null, the total) in the parts of a period, and which of them are withheld. */
    private static Map.Entry<Map<String, Long>, GuardedBreakdown> overTime(Map<Period, PeriodCounts> family, DifferencingGuard guard,
                                                                          Period period, String wijk, int minCellSize) {
        Map<String, Long> parts = new LinkedHashMap<>();
        Set<String> withheld = new HashSet<>();
        for (Period part : period.parts()) {
            PeriodCounts counts = family.get(part);
            long count = wijk == null ? counts.total("signups") : counts.cells("signups", "wijk").getOrDefault(wijk, 0L);
            parts.put(part.key(), count);
            boolean hidden = wijk == null ? guard.in(part).total("signups", minCellSize, count)
                    : guard.in(part).breakdown("signups", minCellSize, "wijk", 0, Map.of(wijk, count)).suppressed(wijk);
            if (hidden) {
                withheld.add(part.key());
            }
        }
        return Map.entry(parts, new GuardedBreakdown(false, withheld));
    }

    private static void assertSafe(String what, long whole, boolean wholeWithheld, Map.Entry<Map<String, Long>, GuardedBreakdown> parts,
                                   int minCellSize) {
        assertSafe(what, whole, wholeWithheld, parts.getKey(), parts.getValue(), minCellSize);
    }

    /** A published whole minus its published parts is nothing, or at least two withheld parts that reach the minimum. */
    private static void assertSafe(String what, long whole, boolean wholeWithheld, Map<String, Long> parts, GuardedBreakdown guarded,
                                   int minCellSize) {
        List<String> withheld = parts.keySet().stream().filter(guarded::suppressed).toList();
        parts.forEach((part, count) -> {
            if (!guarded.suppressed(part)) {
                assertThat(SmallCellGuard.small(count, minCellSize)).as(what + " publishes " + part + " = " + count).isFalse();
            }
        });
        if (wholeWithheld) {
            parts.forEach((part, count) -> assertThat(count == 0 || guarded.suppressed(part)).as(what + ": withheld whole, " + part).isTrue());
            return;
        }
        assertThat(SmallCellGuard.small(whole, minCellSize)).as(what + " publishes its whole " + whole).isFalse();
        long rest = withheld.stream().mapToLong(parts::get).sum();
        assertThat(withheld.size()).as(what + ": withheld alone " + withheld).isNotEqualTo(1);
        assertThat(SmallCellGuard.small(rest, minCellSize)).as(what + ": withheld together " + rest).isFalse();
    }

    private static Map<String, Long> sum(Iterable<Map<String, Long>> months) {
        Map<String, Long> sum = new LinkedHashMap<>();
        months.forEach(month -> month.forEach((wijk, count) -> sum.merge(wijk, count, Long::sum)));
        return sum;
    }

    private static Map<Period, PeriodCounts> counts(Map<Period, Map<String, Long>> wijken) {
        Map<Period, PeriodCounts> counts = new LinkedHashMap<>();
        wijken.forEach((period, cells) -> {
            Map<Counter, Long> counters = new HashMap<>();
            cells.forEach((wijk, count) -> {
                counters.merge(Counter.total("signups"), count, Long::sum);
                counters.put(new Counter("signups", "wijk", wijk), count);
                counters.merge(new Counter("signups", "stadsdeel", AREAS.stadsdeel(wijk).orElseThrow()), count, Long::sum);
            });
            counts.put(period, new PeriodCounts(counters));
        });
        return counts;
    }
}

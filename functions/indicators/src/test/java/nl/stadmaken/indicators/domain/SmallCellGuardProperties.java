package nl.stadmaken.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Whatever the counts, a published snapshot never lets anyone work out a count below the minimum cell size. */
class SmallCellGuardProperties {

    @Property
    void noPublishedCellIsSmall(@ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 40) Long> counts,
                                @ForAll @IntRange(min = 1, max = 11) int minCellSize) {
        Map<String, Long> cells = cells(counts);
        GuardedBreakdown guarded = SmallCellGuard.guard(sum(counts), cells, minCellSize);

        cells.forEach((cell, count) -> {
            if (!guarded.suppressed(cell)) {
                assertThat(SmallCellGuard.small(count, minCellSize)).as(cell).isFalse();
            }
        });
        if (!guarded.totalSuppressed()) {
            assertThat(SmallCellGuard.small(sum(counts), minCellSize)).isFalse();
        }
    }

    @Property
    void totalMinusPublishedCellsIsNeverSmall(@ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 40) Long> counts,
                                              @ForAll @IntRange(min = 1, max = 11) int minCellSize) {
        Map<String, Long> cells = cells(counts);
        GuardedBreakdown guarded = SmallCellGuard.guard(sum(counts), cells, minCellSize);

        if (!guarded.totalSuppressed()) {
            long residual = sum(counts) - cells.entrySet().stream().filter(cell -> !guarded.suppressed(cell.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            assertThat(SmallCellGuard.small(residual, minCellSize)).as("residual " + residual).isFalse();
        }
    }

    @Property
    void noCellIsWithheldAlone(@ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 40) Long> counts,
                               @ForAll @IntRange(min = 2, max = 11) int minCellSize) {
        Map<String, Long> cells = cells(counts);
        GuardedBreakdown guarded = SmallCellGuard.guard(sum(counts), cells, minCellSize);

        if (!guarded.totalSuppressed()) {
            assertThat(guarded.suppressedCells().size()).isNotEqualTo(1);
        }
    }

    /** The same people counted in two breakdowns of one snapshot: no published cell or residual of either is small. */
    @Property
    void twoBreakdownsOfOneTotalLeakNothing(@ForAll @Size(min = 1, max = 6) List<@LongRange(min = 0, max = 30) Long> byArea,
                                            @ForAll @IntRange(min = 2, max = 11) int minCellSize) {
        long total = sum(byArea);
        Map<String, Long> areas = cells(byArea);
        Map<String, Long> halves = new LinkedHashMap<>();
        halves.put("young", total / 3);
        halves.put("old", total - total / 3);
        IndicatorCalculator calculator = new IndicatorCalculator(new IndicatorCatalogue("test", List.of(), List.of(), List.of(),
                List.of(new IndicatorDefinition("signups", new Labels("", ""), List.of(), Aggregation.COUNT,
                        new IndicatorSource.Metric("signups"), "sign-ups", minCellSize, List.of("total", "area", "age")))),
                new ReferencePopulation("", Map.of()));
        Map<Counter, Long> counters = new LinkedHashMap<>();
        counters.put(Counter.total("signups"), total);
        areas.forEach((cell, count) -> counters.put(new Counter("signups", "area", cell), count));
        halves.forEach((cell, count) -> counters.put(new Counter("signups", "age", cell), count));

        List<Figure> published = calculator.figures(new PeriodCounts(counters), java.time.LocalDate.of(2027, 1, 1)).stream()
                .map(Figure::publicView).toList();

        Figure totalFigure = published.stream().filter(figure -> figure.dimension().equals(Counter.TOTAL)).findFirst().orElseThrow();
        for (String dimension : List.of("area", "age")) {
            List<Figure> cells = published.stream().filter(figure -> figure.dimension().equals(dimension)).toList();
            cells.stream().filter(figure -> !figure.suppressed())
                    .forEach(figure -> assertThat(SmallCellGuard.small(figure.count(), minCellSize)).isFalse());
            if (!totalFigure.suppressed()) {
                long residual = totalFigure.count() - cells.stream().filter(figure -> !figure.suppressed()).mapToLong(Figure::count).sum();
                assertThat(SmallCellGuard.small(residual, minCellSize)).as(dimension + " residual").isFalse();
            }
        }
    }

    private static Map<String, Long> cells(List<Long> counts) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            cells.put("cell" + i, counts.get(i));
        }
        return cells;
    }

    private static long sum(List<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}

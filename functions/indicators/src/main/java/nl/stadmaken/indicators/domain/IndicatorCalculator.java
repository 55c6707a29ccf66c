package nl.stadmaken.indicators.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one period's counters into the figures of every catalogue indicator, and marks with {@link SmallCellGuard} (or
 * the {@link Suppression} given) what may not be published. Pure: the same counters, population and day give the same
 * figures.
 */
public final class IndicatorCalculator {

    /** Survey answers are counted per respondent group and scale value, under metric {@code answer:<question>}. */
    public static final String GROUP_VALUE = "group-value";

    private final IndicatorCatalogue catalogue;
    private final ReferencePopulation population;

    public IndicatorCalculator(IndicatorCatalogue catalogue, ReferencePopulation population) {
        this.catalogue = catalogue;
        this.population = population;
    }

    public static String answerMetric(String question) {
        return "answer:" + question;
    }

    public List<Figure> figures(PeriodCounts counts, LocalDate today) {
        return figures(counts, today, Suppression.LOCAL);
    }

    /** {@code suppression} decides which counts are withheld, for example across the periods of a year. */
    public List<Figure> figures(PeriodCounts counts, LocalDate today, Suppression suppression) {
        List<Figure> figures = new ArrayList<>();
        for (IndicatorDefinition indicator : catalogue.indicators()) {
            switch (indicator.source()) {
                case IndicatorSource.Metric metric when indicator.aggregation() == Aggregation.COUNT_UNTIL_TODAY ->
                        figures.add(dueUntil(indicator, counts.cells(metric.metric(), "day"), today));
                case IndicatorSource.Metric metric -> counted(indicator, metric.metric(), counts, suppression, figures);
                case IndicatorSource.Share kept when indicator.aggregation() == Aggregation.KEPT_SHARE ->
                        figures.add(keptShare(indicator, counts.cells(kept.numerator(), "day"), counts.cells(kept.denominator(), "day"), today));
                case IndicatorSource.Share share -> shares(indicator, share, counts, suppression, figures);
                case IndicatorSource.Dissimilarity dissimilarity -> dissimilarity(indicator, dissimilarity, counts, suppression, figures);
                case IndicatorSource.SurveyScore score -> scores(indicator, score.question(), counts, suppression, figures);
            }
        }
        return figures;
    }

    private static void counted(IndicatorDefinition indicator, String metric, PeriodCounts counts, Suppression suppression,
                                List<Figure> figures) {
        long total = counts.total(metric);
        boolean totalSuppressed = suppression.total(metric, indicator.minCellSize(), total);
        List<Figure> cells = new ArrayList<>();
        for (String dimension : dimensions(indicator)) {
            Map<String, Long> breakdown = counts.cells(metric, dimension);
            GuardedBreakdown guarded = suppression.breakdown(metric, indicator.minCellSize(), dimension, total, breakdown);
            totalSuppressed |= guarded.totalSuppressed();
            breakdown.forEach((cell, count) -> cells.add(Figure.of(indicator.id(), dimension, cell, (double) count, count, guarded.suppressed(cell))));
        }
        figures.add(Figure.of(indicator.id(), Counter.TOTAL, Counter.ALL, (double) total, total, totalSuppressed));
        figures.addAll(cells);
    }

    private static Figure dueUntil(IndicatorDefinition indicator, Map<String, Long> perDay, LocalDate today) {
        long due = perDay.entrySet().stream().filter(day -> LocalDate.parse(day.getKey()).isBefore(today))
                .mapToLong(Map.Entry::getValue).sum();
        return Figure.of(indicator.id(), Counter.TOTAL, Counter.ALL, (double) due, due, SmallCellGuard.small(due, indicator.minCellSize()));
    }

    /**
     * A promise counts once it is settled: its day passed, or it was kept early. So a promise still to come does not
     * lower the share, and one kept early raises it at once.
     */
    private static Figure keptShare(IndicatorDefinition indicator, Map<String, Long> keptPerDay, Map<String, Long> promisedPerDay,
                                    LocalDate today) {
        long kept = keptPerDay.values().stream().mapToLong(Long::longValue).sum();
        long settled = 0;
        for (Map.Entry<String, Long> day : promisedPerDay.entrySet()) {
            settled += LocalDate.parse(day.getKey()).isBefore(today) ? day.getValue() : keptPerDay.getOrDefault(day.getKey(), 0L);
        }
        if (settled == 0) {
            return Figure.unavailable(indicator.id(), Counter.TOTAL, Counter.ALL, "no promise fell due in this period");
        }
        return Figure.of(indicator.id(), Counter.TOTAL, Counter.ALL, ratio(kept, settled), kept,
                SmallCellGuard.small(kept, indicator.minCellSize()) || SmallCellGuard.small(settled - kept, indicator.minCellSize()));
    }

    private static void shares(IndicatorDefinition indicator, IndicatorSource.Share share, PeriodCounts counts, Suppression suppression,
                               List<Figure> figures) {
        long numerator = counts.total(share.numerator());
        long denominator = counts.total(share.denominator());
        boolean totalSuppressed = suppression.total(share.numerator(), indicator.minCellSize(), numerator);
        List<Figure> cells = new ArrayList<>();
        for (String dimension : dimensions(indicator)) {
            Map<String, Long> numerators = counts.cells(share.numerator(), dimension);
            Map<String, Long> denominators = counts.cells(share.denominator(), dimension);
            Map<String, Long> all = new TreeMap<>();
            denominators.keySet().forEach(cell -> all.put(cell, numerators.getOrDefault(cell, 0L)));
            numerators.forEach(all::put);
            GuardedBreakdown guarded = suppression.breakdown(share.numerator(), indicator.minCellSize(), dimension, numerator, all);
            totalSuppressed |= guarded.totalSuppressed();
            all.forEach((cell, count) -> cells.add(Figure.of(indicator.id(), dimension, cell,
                    ratio(count, denominators.getOrDefault(cell, 0L)), count, guarded.suppressed(cell))));
        }
        if (denominator == 0) {
            figures.add(Figure.unavailable(indicator.id(), Counter.TOTAL, Counter.ALL, "nothing to compare with in this period"));
            return;
        }
        figures.add(Figure.of(indicator.id(), Counter.TOTAL, Counter.ALL, ratio(numerator, denominator), numerator, totalSuppressed));
        figures.addAll(cells);
    }

    private void dissimilarity(IndicatorDefinition indicator, IndicatorSource.Dissimilarity source, PeriodCounts counts,
                               Suppression suppression, List<Figure> figures) {
        Map<String, Long> reference = population.groups(source.dimension());
        if (reference.isEmpty()) {
            figures.add(Figure.unavailable(indicator.id(), Counter.TOTAL, Counter.ALL,
                    "the reference population has no " + source.dimension() + " figures"));
            return;
        }
        long total = counts.total(source.metric());
        Map<String, Long> observed = counts.cells(source.metric(), source.dimension());
        boolean common = reference.keySet().stream().anyMatch(group -> observed.getOrDefault(group, 0L) > 0);
        if (!common) {
            figures.add(Figure.unavailable(indicator.id(), Counter.TOTAL, Counter.ALL, "no participants in a group of the reference population"));
            return;
        }
        GuardedBreakdown guarded = suppression.breakdown(source.metric(), indicator.minCellSize(), source.dimension(), total, observed);
        DissimilarityIndex index = DissimilarityIndex.of(observed, reference);
        // Any withheld cell would follow from the index and the published cells, so the index is withheld with it.
        figures.add(Figure.of(indicator.id(), Counter.TOTAL, Counter.ALL, index.index(), total, guarded.anySuppressed()));
        index.ratios().forEach((group, ratio) -> figures.add(Figure.of(indicator.id(), source.dimension(), group, ratio,
                observed.getOrDefault(group, 0L), guarded.suppressed(group))));
    }

    private static void scores(IndicatorDefinition indicator, String question, PeriodCounts counts, Suppression suppression,
                               List<Figure> figures) {
        String metric = answerMetric(question);
        Map<String, Map<Integer, Long>> byGroup = new TreeMap<>();
        counts.cells(metric, GROUP_VALUE).forEach((cell, count) -> {
            int colon = cell.lastIndexOf(':');
            byGroup.computeIfAbsent(cell.substring(0, colon), group -> new TreeMap<>())
                    .merge(Integer.parseInt(cell.substring(colon + 1)), count, Long::sum);
        });
        Map<Integer, Long> overall = new TreeMap<>();
        Map<String, Long> groupSizes = new TreeMap<>();
        byGroup.forEach((group, distribution) -> {
            distribution.forEach((value, count) -> overall.merge(value, count, Long::sum));
            groupSizes.put(group, distribution.values().stream().mapToLong(Long::longValue).sum());
        });
        long n = groupSizes.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            figures.add(Figure.unavailable(indicator.id(), Counter.TOTAL, Counter.ALL, "no answers in this period"));
            return;
        }
        int min = indicator.minCellSize();
        GuardedBreakdown groups = suppression.breakdown(metric, min, "group", n, groupSizes);
        figures.add(score(indicator, Counter.TOTAL, Counter.ALL, overall, groups.totalSuppressed(),
                suppression.breakdown(metric, min, "value", n, keyed("", overall)).anySuppressed()));
        if (indicator.breakdowns().contains("group")) {
            byGroup.forEach((group, distribution) -> figures.add(score(indicator, "group", group, distribution, groups.suppressed(group),
                    suppression.breakdown(metric, min, GROUP_VALUE, groupSizes.get(group), keyed(group + ":", distribution)).anySuppressed())));
        }
    }

    private static Map<String, Long> keyed(String prefix, Map<Integer, Long> distribution) {
        Map<String, Long> cells = new TreeMap<>();
        distribution.forEach((value, count) -> cells.put(prefix + value, count));
        return cells;
    }

    /** The distribution is itself a breakdown: with a withheld value the rest of it would give that value away. */
    private static Figure score(IndicatorDefinition indicator, String dimension, String cell, Map<Integer, Long> distribution,
                                boolean suppressed, boolean distributionSuppressed) {
        ScoreSummary summary = ScoreSummary.of(distribution);
        return new Figure(indicator.id(), dimension, cell, summary.mean(), summary.n(), suppressed, summary.lower(), summary.upper(),
                summary.distribution(), distributionSuppressed, null);
    }

    private static List<String> dimensions(IndicatorDefinition indicator) {
        return indicator.breakdowns().stream().filter(dimension -> !dimension.equals(Counter.TOTAL)).toList();
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}

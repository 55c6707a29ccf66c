package nl.stadmaken.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The differencing attacks the small-cell guard of one breakdown alone cannot stop, and that they fail now. */
class DifferencingGuardTest {

    private static final int MIN = 5;
    private static final IndicatorCatalogue CATALOGUE = new IndicatorCatalogue("test", List.of(), List.of(), List.of(),
            List.of(new IndicatorDefinition("signups", new Labels("", ""), List.of(), Aggregation.COUNT,
                    new IndicatorSource.Metric("signups"), "sign-ups", MIN, List.of("total", "stadsdeel", "wijk"))));
    private static final Period YEAR = Period.parse("2027").orElseThrow();
    private static final Period Q1 = Period.parse("2027-Q1").orElseThrow();
    private static final Period JANUARY = Period.parse("2027-01").orElseThrow();
    private static final Period FEBRUARY = Period.parse("2027-02").orElseThrow();
    private static final Period MARCH = Period.parse("2027-03").orElseThrow();

    @Test
    void aSmallMonthCannotBeTakenFromItsQuarter() {
        // Sign-ups: 10 in January, 8 in February, 2 in March; the quarter and the year have 20.
        Map<Period, PeriodCounts> family = family(Map.of(JANUARY, total(10), FEBRUARY, total(8), MARCH, total(2),
                Q1, total(20), YEAR, total(20)));

        Optional<Long> alone = monthFromQuarter(family, period -> Suppression.LOCAL);
        Optional<Long> guarded = monthFromQuarter(family, DifferencingGuard.of(family, CATALOGUE, WijkAreas.haarlem())::in);

        assertThat(alone).as("each period guarded on its own gives March away").contains(2L);
        assertThat(guarded).as("the quarter minus its published months").isEmpty();
        assertThat(DifferencingGuard.of(family, CATALOGUE, WijkAreas.haarlem()).in(FEBRUARY).total("signups", MIN, 8))
                .as("February is withheld with March").isTrue();
    }

    @Test
    void aSmallWijkCannotBeTakenFromItsStadsdeel() {
        // Zuid-West: 30 in the Haarlemmerhoutkwartier and 2 in the Zijlwegkwartier; Noord: 8 in the Transvaalwijk.
        Map<Counter, Long> march = Map.of(Counter.total("signups"), 40L,
                new Counter("signups", "wijk", "WK039202"), 30L, new Counter("signups", "wijk", "WK039203"), 2L,
                new Counter("signups", "wijk", "WK039210"), 8L,
                new Counter("signups", "stadsdeel", "Zuid-West"), 32L, new Counter("signups", "stadsdeel", "Noord"), 8L);
        Map<Period, PeriodCounts> family = family(Map.of(MARCH, new PeriodCounts(march), Q1, new PeriodCounts(march),
                YEAR, new PeriodCounts(march)));

        assertThat(wijkFromStadsdeel(Suppression.LOCAL)).as("a breakdown guarded on its own gives the Zijlwegkwartier away").contains(2L);
        assertThat(wijkFromStadsdeel(DifferencingGuard.of(family, CATALOGUE, WijkAreas.haarlem()).in(MARCH))).isEmpty();
    }

    @Test
    void theWholeCityIsItsOwnStadsdeelSoAWithheldUnknownDoesNotHideIt() {
        // Six in the Oude Stad, ten citywide (the city hall, say) and two in a wijk nobody named.
        Map<Counter, Long> march = Map.of(Counter.total("signups"), 18L,
                new Counter("signups", "wijk", "WK039201"), 6L, new Counter("signups", "wijk", Counter.CITY), 10L,
                new Counter("signups", "wijk", Counter.UNKNOWN), 2L, new Counter("signups", "stadsdeel", "Centrum"), 6L,
                new Counter("signups", "stadsdeel", Counter.CITY), 10L, new Counter("signups", "stadsdeel", Counter.UNKNOWN), 2L);
        Map<Period, PeriodCounts> family = family(Map.of(MARCH, new PeriodCounts(march), Q1, new PeriodCounts(march),
                YEAR, new PeriodCounts(march)));

        GuardedBreakdown byWijk = DifferencingGuard.of(family, CATALOGUE, WijkAreas.haarlem()).in(MARCH)
                .breakdown("signups", MIN, "wijk", 18, Map.of("WK039201", 6L, Counter.CITY, 10L, Counter.UNKNOWN, 2L));

        assertThat(byWijk.suppressed(Counter.UNKNOWN)).isTrue();
        assertThat(byWijk.suppressed("WK039201")).as("the total minus the rest would give the unknown away").isTrue();
        assertThat(byWijk.suppressed(Counter.CITY)).as("the city is not a part of the unknown stadsdeel").isFalse();
    }

    @Test
    void aSmallGroupOfRespondentsCannotBeTakenFromItsQuarter() {
        // Councillors answered question 1.1 with 4 ten times in January and twice in March; officials with 3, twelve times.
        IndicatorCatalogue survey = new IndicatorCatalogue("test", List.of(), List.of(), List.of(new Question("1.1", new Labels("", ""),
                new AnswerScale("likert", 1, 5))), List.of(new IndicatorDefinition("qsld-1.1", new Labels("", ""), List.of(),
                Aggregation.MEAN, new IndicatorSource.SurveyScore("1.1"), "score 1-5", MIN, List.of("total", "group"))));
        Map<Period, PeriodCounts> family = family(Map.of(JANUARY, answers(10, 6), MARCH, answers(2, 6), Q1, answers(12, 12),
                YEAR, answers(12, 12)));
        DifferencingGuard guard = DifferencingGuard.of(family, survey, WijkAreas.haarlem());
        IndicatorCalculator calculator = new IndicatorCalculator(survey, new ReferencePopulation("", Map.of()));

        Figure quarter = councillors(calculator.figures(family.get(Q1), MARCH.last(), guard.in(Q1)));
        Figure january = councillors(calculator.figures(family.get(JANUARY), MARCH.last(), guard.in(JANUARY)));
        Figure march = councillors(calculator.figures(family.get(MARCH), MARCH.last(), guard.in(MARCH)));
        Figure januaryAlone = councillors(calculator.figures(family.get(JANUARY), MARCH.last()));

        assertThat(march.suppressed()).isTrue();
        assertThat(januaryAlone.publicView().count()).as("guarded on its own, January would give March away").isEqualTo(10);
        assertThat(quarter.suppressed() || january.suppressed()).as("the quarter minus January").isTrue();
    }

    @Test
    void metricsWithAMinimumOfOneAreLeftAlone() {
        IndicatorCatalogue ones = new IndicatorCatalogue("test", List.of(), List.of(), List.of(),
                List.of(new IndicatorDefinition("slots", new Labels("", ""), List.of(), Aggregation.COUNT,
                        new IndicatorSource.Metric("slots-offered"), "slots", 1, List.of("total"))));
        Map<Period, PeriodCounts> family = family(Map.of(MARCH, new PeriodCounts(Map.of(Counter.total("slots-offered"), 1L))));

        assertThat(DifferencingGuard.of(family, ones, WijkAreas.haarlem()).in(MARCH).total("slots-offered", 1, 1)).isFalse();
    }

    /** What subtracting the published months from the published quarter gives, when it gives one month exactly. */
    private static Optional<Long> monthFromQuarter(Map<Period, PeriodCounts> family, java.util.function.Function<Period, Suppression> in) {
        if (in.apply(Q1).total("signups", MIN, family.get(Q1).total("signups"))) {
            return Optional.empty();
        }
        long rest = family.get(Q1).total("signups");
        int withheld = 0;
        for (Period month : Q1.parts()) {
            long count = family.get(month).total("signups");
            if (in.apply(month).total("signups", MIN, count)) {
                withheld++;
            } else {
                rest -= count;
            }
        }
        return withheld == 1 ? Optional.of(rest) : Optional.empty();
    }

    /** What subtracting Zuid-West's published wijken from its published figure gives, when it gives one wijk exactly. */
    private static Optional<Long> wijkFromStadsdeel(Suppression suppression) {
        Map<String, Long> stadsdelen = Map.of("Zuid-West", 32L, "Noord", 8L);
        Map<String, Long> wijken = Map.of("WK039202", 30L, "WK039203", 2L, "WK039210", 8L);
        GuardedBreakdown byStadsdeel = suppression.breakdown("signups", MIN, "stadsdeel", 40, stadsdelen);
        GuardedBreakdown byWijk = suppression.breakdown("signups", MIN, "wijk", 40, wijken);
        if (byStadsdeel.suppressed("Zuid-West")) {
            return Optional.empty();
        }
        List<String> zuidWest = List.of("WK039202", "WK039203");
        long withheld = zuidWest.stream().filter(byWijk::suppressed).count();
        long rest = 32 - zuidWest.stream().filter(wijk -> !byWijk.suppressed(wijk)).mapToLong(wijken::get).sum();
        return withheld == 1 ? Optional.of(rest) : Optional.empty();
    }

    private static PeriodCounts answers(long councillors, long officials) {
        Map<Counter, Long> counters = new LinkedHashMap<>();
        counters.put(new Counter("answer:1.1", IndicatorCalculator.GROUP_VALUE, "raadslid:4"), councillors);
        counters.put(new Counter("answer:1.1", IndicatorCalculator.GROUP_VALUE, "ambtenaar:3"), officials);
        return new PeriodCounts(counters);
    }

    private static Figure councillors(List<Figure> figures) {
        return figures.stream().filter(figure -> figure.cell().equals("raadslid")).findFirst().orElseThrow();
    }

    private static PeriodCounts total(long count) {
        return new PeriodCounts(Map.of(Counter.total("signups"), count));
    }

    /** The year with all its quarters and months; those not given have no counts. */
    static Map<Period, PeriodCounts> family(Map<Period, PeriodCounts> given) {
        Map<Period, PeriodCounts> family = new LinkedHashMap<>();
        YEAR.yearWithParts().forEach(period -> family.put(period, given.getOrDefault(period, new PeriodCounts(Map.of()))));
        return family;
    }
}

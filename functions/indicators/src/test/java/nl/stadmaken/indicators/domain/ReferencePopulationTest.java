package nl.stadmaken.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.stadmaken.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ReferencePopulationTest {

    /** Two wijken as CBS's district table gives them: all ages, then a row per band. */
    private static final String BY_WIJK = """
            area_kind,area,age_band,residents,reference_date,source_note
            wijk,WK039201,,100,2024-01-01,CBS kerncijfers
            wijk,WK039201,0-15,10,2024-01-01,CBS kerncijfers
            wijk,WK039201,15-25,15,2024-01-01,CBS kerncijfers
            wijk,WK039201,25-45,45,2024-01-01,CBS kerncijfers
            wijk,WK039201,45-65,30,2024-01-01,CBS kerncijfers
            wijk,WK039210,,60,2024-01-01,CBS kerncijfers
            wijk,WK039210,0-15,10,2024-01-01,CBS kerncijfers
            wijk,WK039210,15-25,5,2024-01-01,CBS kerncijfers
            wijk,WK039210,25-45,35,2024-01-01,CBS kerncijfers
            wijk,WK039210,45-65,10,2024-01-01,"CBS, kerncijfers"
            """;

    @Test
    void ageBandsOfTheWijkenAddUpToTheCitysBands() {
        ReferencePopulation population = ReferencePopulation.parse(BY_WIJK);

        assertThat(population.groups("ageBand")).containsExactlyInAnyOrderEntriesOf(
                Map.of("0-15", 20L, "15-25", 20L, "25-45", 80L, "45-65", 40L));
        assertThat(population.groups("wijk")).containsExactlyInAnyOrderEntriesOf(Map.of("WK039201", 100L, "WK039210", 60L));
    }

    @Test
    void theCitysOwnBandsComeFirst() {
        ReferencePopulation population = ReferencePopulation.parse(BY_WIJK + "city,Haarlem,65+,7,2024-01-01,CBS\n");

        assertThat(population.groups("ageBand")).containsExactlyEntriesOf(Map.of("65+", 7L));
    }

    @Test
    void theFileWithoutAgeBandsStillReads() {
        ReferencePopulation population = ReferencePopulation.parse("""
                area_kind,area,residents,reference_date,source_note
                city,Haarlem,167636,2023-12-31,CBS StatLine 37259eng
                ageBand,65+,28500,2023-12-31,made up for this test
                """);

        assertThat(population.groups("ageBand")).containsExactlyEntriesOf(Map.of("65+", 28_500L));
        assertThat(ReferencePopulation.bundled().groups("ageBand")).isEmpty();
    }

    @Test
    void anUnknownBandIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> ReferencePopulation.parse(BY_WIJK + "wijk,WK039201,18-30,4,2024-01-01,x\n"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("csv.line[12]"));
                });
    }

    @Test
    void signUpsAreComparedWithTheBandsOfTheWijken() {
        IndicatorCalculator calculator = new IndicatorCalculator(new IndicatorCatalogue("test", List.of(), List.of(), List.of(),
                List.of(new IndicatorDefinition("signups-dissimilarity-age", new Labels("", ""), List.of(), Aggregation.DISSIMILARITY,
                        new IndicatorSource.Dissimilarity("signups", "ageBand"), "index 0-1", 5, List.of("total")))),
                ReferencePopulation.parse(BY_WIJK));
        PeriodCounts counts = new PeriodCounts(Map.of(Counter.total("signups"), 20L,
                new Counter("signups", "ageBand", "25-45"), 10L, new Counter("signups", "ageBand", "45-65"), 10L));

        List<Figure> figures = calculator.figures(counts, LocalDate.of(2027, 3, 1));

        // Sign-ups 0 / 0 / 0.5 / 0.5 against the population's 0.125 / 0.125 / 0.5 / 0.25: D = (0.125 + 0.125 + 0 + 0.25) / 2
        assertThat(figures.getFirst().value()).isCloseTo(0.25, within(1e-12));
        assertThat(figures.getFirst().suppressed()).isFalse();
        assertThat(figures).filteredOn(figure -> figure.cell().equals("45-65")).singleElement()
                .satisfies(figure -> assertThat(figure.value()).isCloseTo(2.0, within(1e-12)));
    }
}

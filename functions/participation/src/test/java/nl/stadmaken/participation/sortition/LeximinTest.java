package nl.stadmaken.participation.sortition;

import static nl.stadmaken.participation.sortition.PanelChecks.assertMeetsQuotas;
import static nl.stadmaken.participation.sortition.PanelChecks.drawn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LeximinTest {

    @Test
    void leximinGivesEveryoneTenPercentOnFlaniganExample() {
        DrawRequest request = Fixtures.flanigan(Algorithm.LEXIMIN, Seed.of(2021));

        DrawOutcome.Drawn drawn = drawn(PanelDraw.draw(request));

        assertThat(drawn.probabilities()).hasSize(200);
        assertThat(drawn.probabilities().values()).allSatisfy(p -> assertThat(p).isCloseTo(0.10, within(1e-6)));
        assertThat(drawn.minimumProbability()).isCloseTo(0.10, within(1e-6));
        assertMeetsQuotas(request, drawn.panel());
    }

    @Test
    void legacyMinimumIsFarBelowLeximinOnFlaniganExample() {
        DrawRequest request = Fixtures.flanigan(Algorithm.LEGACY, Seed.of(2021));

        Map<String, Double> empirical = LegacyDraw.empiricalProbabilities(request, 2_000);

        assertThat(empirical.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(20.0, within(1e-9));
        assertThat(empirical.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isLessThan(0.05);
    }

    @Test
    void leximinProbabilitiesSumToPanelSizeAndRaiseTheMinimumAboveLegacyOnSortitionFoundationExample() {
        DrawRequest request = Fixtures.sortitionFoundation(Algorithm.LEXIMIN, HouseholdRule.IGNORED, Seed.of(7));

        DrawOutcome.Drawn drawn = drawn(PanelDraw.draw(request));
        double legacyMinimum = LegacyDraw.empiricalProbabilities(request.withAlgorithm(Algorithm.LEGACY), 1_000)
                .values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();

        assertThat(drawn.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(22.0, within(1e-6));
        assertThat(drawn.probabilities().values()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(drawn.minimumProbability()).isGreaterThan(legacyMinimum);
    }
}

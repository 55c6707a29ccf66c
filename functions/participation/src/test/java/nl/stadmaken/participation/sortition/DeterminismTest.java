package nl.stadmaken.participation.sortition;

import static nl.stadmaken.participation.sortition.PanelChecks.drawn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeterminismTest {

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void sameSeedGivesSamePanel(Algorithm algorithm) {
        DrawRequest request = Fixtures.sortitionFoundation(algorithm, HouseholdRule.IGNORED, Seed.of("2025-06-01 council meeting"));

        DrawOutcome.Drawn first = drawn(PanelDraw.draw(request));
        DrawOutcome.Drawn again = drawn(PanelDraw.draw(request));

        assertThat(again.panel()).isEqualTo(first.panel());
        assertThat(again.audit().canonicalText()).isEqualTo(first.audit().canonicalText());
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void shuffledPoolGivesSamePanel(Algorithm algorithm) {
        DrawRequest request = Fixtures.sortitionFoundation(algorithm, HouseholdRule.ONE_PER_HOUSEHOLD, Seed.of(31337));
        List<Member> shuffled = new ArrayList<>(request.pool().members());
        Collections.shuffle(shuffled, new Random(5));
        List<Quota> reversedQuotas = new ArrayList<>(request.quotas().quotas());
        Collections.reverse(reversedQuotas);
        DrawRequest reordered = new DrawRequest(new Pool(shuffled), new Quotas(reversedQuotas), request.panelSize(),
                request.householdRule(), algorithm, request.seed());

        DrawOutcome.Drawn original = drawn(PanelDraw.draw(request));
        DrawOutcome.Drawn fromShuffled = drawn(PanelDraw.draw(reordered));

        assertThat(fromShuffled.panel()).isEqualTo(original.panel());
        assertThat(fromShuffled.audit().inputSha256()).isEqualTo(original.audit().inputSha256());
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void differentSeedsGiveDifferentPanels(Algorithm algorithm) {
        DrawRequest request = Fixtures.flanigan(algorithm, Seed.of(1));

        List<String> first = drawn(PanelDraw.draw(request)).panel();
        List<String> second = drawn(PanelDraw.draw(request.withSeed(Seed.of(2)))).panel();

        assertThat(second).isNotEqualTo(first);
    }
}

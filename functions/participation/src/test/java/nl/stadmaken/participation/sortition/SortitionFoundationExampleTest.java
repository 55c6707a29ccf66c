package nl.stadmaken.participation.sortition;

import static nl.stadmaken.participation.sortition.PanelChecks.assertMeetsQuotas;
import static nl.stadmaken.participation.sortition.PanelChecks.assertOnePerHousehold;
import static nl.stadmaken.participation.sortition.PanelChecks.drawn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SortitionFoundationExampleTest {

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void drawsPanelMeetingEveryQuota(Algorithm algorithm) {
        DrawRequest request = Fixtures.sortitionFoundation(algorithm, HouseholdRule.IGNORED, Seed.of("town hall 2025"));

        DrawOutcome.Drawn drawn = drawn(PanelDraw.draw(request));

        assertMeetsQuotas(request, drawn.panel());
        assertThat(drawn.drawn()).isEqualTo(drawn.panel());
        assertThat(drawn.quotaTallies()).hasSize(request.quotas().quotas().size()).allSatisfy(tally -> assertThat(tally.met()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void honoursHouseholdRuleWhenMembersShareHouseholds(Algorithm algorithm) {
        DrawRequest request = Fixtures.sortitionFoundationInSharedHouseholds(algorithm, Seed.of("town hall 2025"));

        DrawOutcome.Drawn drawn = drawn(PanelDraw.draw(request));

        assertMeetsQuotas(request, drawn.panel());
        assertOnePerHousehold(request, drawn.panel());
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void drawsWithAddressesAsHouseholds(Algorithm algorithm) {
        DrawRequest request = Fixtures.sortitionFoundation(algorithm, HouseholdRule.ONE_PER_HOUSEHOLD, Seed.of(99));

        DrawOutcome.Drawn drawn = drawn(PanelDraw.draw(request));

        assertMeetsQuotas(request, drawn.panel());
        assertOnePerHousehold(request, drawn.panel());
    }
}

package nl.stadmaken.participation.sortition;

import static nl.stadmaken.participation.sortition.PanelChecks.assertMeetsQuotas;
import static nl.stadmaken.participation.sortition.PanelChecks.assertOnePerHousehold;
import static nl.stadmaken.participation.sortition.PanelChecks.drawn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReplacementTest {

    private static final Map<DrawRequest, DrawOutcome.Drawn> FIRST_DRAWS = new HashMap<>();

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void replacementsKeepQuotasAndNeverRedrawADrawnMember(Algorithm algorithm) {
        DrawRequest request = Fixtures.sortitionFoundation(algorithm, HouseholdRule.ONE_PER_HOUSEHOLD, Seed.of("first draw"));
        List<String> panel = firstPanel(request);
        Set<String> withdrawn = Set.of(panel.get(0), panel.get(5), panel.get(11));

        DrawOutcome.Drawn replaced = drawn(PanelDraw.replace(
                ReplacementRequest.forWithdrawals(request, panel, withdrawn, Seed.of("replacements"))));

        assertThat(replaced.drawn()).hasSize(3).doesNotContainAnyElementsOf(panel);
        assertThat(replaced.panel()).containsAll(panel.stream().filter(id -> !withdrawn.contains(id)).toList())
                .containsAll(replaced.drawn())
                .doesNotContainAnyElementsOf(withdrawn);
        assertMeetsQuotas(request, replaced.panel());
        assertOnePerHousehold(request, replaced.panel());
        assertThat(replaced.probabilities().keySet()).doesNotContainAnyElementsOf(panel);
        assertThat(replaced.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(3.0, within(1e-6));
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void secondRoundNeverRedrawsEarlierWithdrawals(Algorithm algorithm) {
        DrawRequest request = Fixtures.sortitionFoundation(algorithm, HouseholdRule.ONE_PER_HOUSEHOLD, Seed.of("first draw"));
        List<String> panel = firstPanel(request);
        String firstWithdrawal = memberWithTwinOutside(request, panel, Set.of());
        DrawOutcome.Drawn firstRound = drawn(PanelDraw.replace(
                ReplacementRequest.forWithdrawals(request, panel, Set.of(firstWithdrawal), Seed.of("round 1"))));
        Set<String> everDrawn = new HashSet<>(panel);
        everDrawn.addAll(firstRound.panel());
        String secondWithdrawal = memberWithTwinOutside(request, firstRound.panel(), everDrawn);

        DrawOutcome.Drawn secondRound = drawn(PanelDraw.replace(ReplacementRequest.forWithdrawals(
                request, firstRound.panel(), Set.of(firstWithdrawal, secondWithdrawal), Seed.of("round 2"))));

        assertThat(secondRound.drawn()).hasSize(1).doesNotContainAnyElementsOf(everDrawn);
        assertMeetsQuotas(request, secondRound.panel());
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void sameReplacementSeedGivesSameReplacements(Algorithm algorithm) {
        DrawRequest request = Fixtures.sortitionFoundation(algorithm, HouseholdRule.ONE_PER_HOUSEHOLD, Seed.of("first draw"));
        List<String> panel = firstPanel(request);
        Set<String> withdrawn = Set.of(memberWithTwinOutside(request, panel, Set.of()));
        ReplacementRequest replacement = ReplacementRequest.forWithdrawals(request, panel, withdrawn, Seed.of(8));

        assertThat(drawn(PanelDraw.replace(replacement)).drawn()).isEqualTo(drawn(PanelDraw.replace(replacement)).drawn());
    }

    @Test
    void replacementNoCandidateCanFillNamesTheQuotaNetOfStayingMembers() {
        DrawRequest request = Fixtures.sortitionFoundation(Algorithm.LEXIMIN, HouseholdRule.ONE_PER_HOUSEHOLD, Seed.of("first draw"));
        DrawOutcome.Drawn first = firstDraw(request);
        QuotaTally atMinimum = first.quotaTallies().stream().filter(tally -> tally.selected() == tally.quota().min() && tally.selected() > 0)
                .findFirst().orElseThrow();
        FeatureValue value = atMinimum.quota().featureValue();
        String leaving = request.pool().members().stream().filter(m -> first.panel().contains(m.id()) && value.isHeldBy(m))
                .findFirst().orElseThrow().id();
        Set<String> withdrawn = new HashSet<>(Set.of(leaving));
        request.pool().members().stream().filter(m -> !first.panel().contains(m.id()) && value.isHeldBy(m)).forEach(m -> withdrawn.add(m.id()));

        DrawOutcome outcome = PanelDraw.replace(new ReplacementRequest(request, first.panel(), withdrawn, 1, Seed.of(8)));

        assertThat(outcome).isInstanceOfSatisfying(DrawOutcome.Infeasible.class, infeasible -> assertThat(infeasible.reasons())
                .contains("replacing 1 with quotas net of the 21 members who stay: " + value + ": minimum 1 but only 0 pool members have it"));
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void replacementThatCannotKeepQuotasIsInfeasible(Algorithm algorithm) {
        DrawRequest request = Fixtures.flanigan(algorithm, Seed.of(3));
        List<String> panel = firstPanel(request);
        List<String> everyoneElse = request.pool().ids().stream().filter(id -> !panel.contains(id)).toList();
        Set<String> withdrawn = new HashSet<>(everyoneElse);
        withdrawn.add(panel.get(0));

        DrawOutcome outcome = PanelDraw.replace(new ReplacementRequest(request, panel, withdrawn, 1, Seed.of(4)));

        assertThat(outcome).isInstanceOf(DrawOutcome.Infeasible.class);
    }

    /** A panel member for whom someone with the same features was never drawn, so that replacing them is possible. */
    private static String memberWithTwinOutside(DrawRequest request, List<String> panel, Set<String> alsoExcluded) {
        Set<String> excluded = new HashSet<>(panel);
        excluded.addAll(alsoExcluded);
        return panel.stream().filter(id -> hasTwinOutside(request, id, excluded)).findFirst().orElseThrow();
    }

    private static boolean hasTwinOutside(DrawRequest request, String id, Collection<String> excluded) {
        Map<String, String> features = request.pool().members().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().features();
        return request.pool().members().stream().anyMatch(m -> !excluded.contains(m.id()) && m.features().equals(features));
    }

    private static List<String> firstPanel(DrawRequest request) {
        return firstDraw(request).panel();
    }

    /** The draw that replacements start from, made once per request and shared by the tests. */
    private static DrawOutcome.Drawn firstDraw(DrawRequest request) {
        return FIRST_DRAWS.computeIfAbsent(request, first -> drawn(PanelDraw.draw(first)));
    }
}

package nl.stadmaken.participation.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeasibilityTest {

    @Test
    void infeasibleQuotasNameTheOffendingFeatureValues() {
        DrawRequest request = Fixtures.flanigan(Algorithm.LEXIMIN, Seed.of(1));
        List<Member> threeWomen = request.pool().members().stream()
                .filter(member -> member.features().get("gender").equals("male") || Set.of("r1", "r2", "r3").contains(member.id()))
                .toList();

        DrawOutcome outcome = PanelDraw.draw(new DrawRequest(new Pool(threeWomen), request.quotas(), 20, HouseholdRule.IGNORED,
                Algorithm.LEXIMIN, Seed.of(1)));

        assertThat(reasons(outcome))
                .anySatisfy(reason -> assertThat(reason).isEqualTo("gender=female: minimum 9 but only 3 pool members have it"))
                .anySatisfy(reason -> assertThat(reason).isEqualTo("leaning=liberal: minimum 9 but only 3 pool members have it"));
    }

    @Test
    void minimumsAddingUpBeyondPanelSizeNameTheFeature() {
        DrawOutcome outcome = PanelDraw.draw(flaniganWith(
                new Quota("gender", "female", 12, 20), new Quota("gender", "male", 12, 20),
                new Quota("leaning", "liberal", 0, 20), new Quota("leaning", "conservative", 0, 20)));

        assertThat(reasons(outcome)).anySatisfy(reason ->
                assertThat(reason).startsWith("gender:").contains("24").contains("gender=female").contains("gender=male"));
    }

    @Test
    void maximumsTooSmallForPanelNameTheFeature() {
        DrawOutcome outcome = PanelDraw.draw(flaniganWith(
                new Quota("gender", "female", 0, 5), new Quota("gender", "male", 0, 5),
                new Quota("leaning", "liberal", 0, 20), new Quota("leaning", "conservative", 0, 20)));

        assertThat(reasons(outcome)).anySatisfy(reason -> assertThat(reason).startsWith("gender:").contains("at most 10"));
    }

    @Test
    void quotasThatOnlyConflictTogetherAreNamedTogether() {
        // every liberal is female, so at least 15 liberals cannot sit beside exactly 10 men on a panel of 20
        DrawOutcome outcome = PanelDraw.draw(flaniganWith(
                new Quota("gender", "female", 10, 10), new Quota("gender", "male", 10, 10),
                new Quota("leaning", "liberal", 15, 20), new Quota("leaning", "conservative", 0, 20)));

        assertThat(reasons(outcome)).singleElement().asString()
                .contains("gender=male (10..10)").contains("leaning=liberal (15..20)").doesNotContain("conservative");
    }

    @Test
    void householdRuleThatMakesMinimumUnreachableNamesTheValue() {
        DrawRequest request = Fixtures.flanigan(Algorithm.LEXIMIN, Seed.of(1));
        List<Member> members = new ArrayList<>();
        for (Member member : request.pool().members()) {
            boolean liberal = member.features().get("leaning").equals("liberal");
            members.add(new Member(member.id(), member.features(), liberal ? Optional.of("shared flat " + members.size() % 5) : Optional.empty()));
        }

        DrawOutcome outcome = PanelDraw.draw(new DrawRequest(new Pool(members), request.quotas(), 20,
                HouseholdRule.ONE_PER_HOUSEHOLD, Algorithm.LEXIMIN, Seed.of(1)));

        assertThat(reasons(outcome)).anySatisfy(reason ->
                assertThat(reason).startsWith("leaning=liberal").contains("minimum 9").contains("only 5 households"));
    }

    @Test
    void feasibleQuotasGiveNoReasons() {
        SelectionProblem problem = SelectionProblem.of(Fixtures.flanigan(Algorithm.LEXIMIN, Seed.of(1)));

        assertThat(Feasibility.reasons(problem)).isEmpty();
    }

    @Test
    void memberWithValueWithoutQuotaIsRejectedAsMalformedInput() {
        DrawRequest request = Fixtures.flanigan(Algorithm.LEXIMIN, Seed.of(1));
        List<Member> members = new ArrayList<>(request.pool().members());
        members.add(new Member("x1", Map.of("gender", "unknown", "leaning", "liberal")));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DrawRequest(new Pool(members), request.quotas(), 20, HouseholdRule.IGNORED, Algorithm.LEXIMIN, Seed.of(1)))
                .withMessageContaining("gender=unknown");
    }

    private static DrawRequest flaniganWith(Quota... quotas) {
        DrawRequest request = Fixtures.flanigan(Algorithm.LEXIMIN, Seed.of(1));
        return new DrawRequest(request.pool(), new Quotas(List.of(quotas)), 20, HouseholdRule.IGNORED, Algorithm.LEXIMIN, Seed.of(1));
    }

    private static List<String> reasons(DrawOutcome outcome) {
        assertThat(outcome).isInstanceOf(DrawOutcome.Infeasible.class);
        return ((DrawOutcome.Infeasible) outcome).reasons();
    }
}

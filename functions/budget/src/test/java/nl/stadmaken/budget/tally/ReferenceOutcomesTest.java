package nl.stadmaken.budget.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.stadmaken.budget.tally.pabulib.PabulibInstance;
import nl.stadmaken.budget.tally.pabulib.PabulibProject;

class ReferenceOutcomesTest {

    static Stream<Arguments> referenceCases() {
        return ReferenceData.expectedWinners().entrySet().stream()
                .flatMap(file -> file.getValue().entrySet().stream()
                        .map(rule -> Arguments.of(file.getKey(), rule.getKey(), rule.getValue())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("referenceCases")
    void reproducesReferenceWinnersForEveryInstanceAndRule(String file, String rule, List<String> expected) {
        BallotBox box = ReferenceData.ballotBox(file);

        TallyResult result = TallyRule.fromName(rule).tally(box);

        assertThat(result.winners()).containsExactlyElementsOf(expected);
        assertThat(result.totalCost()).isLessThanOrEqualTo(box.budget());
        assertThat(result.projects()).filteredOn(ProjectOutcome::selected)
                .extracting(ProjectOutcome::projectId)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyRuleInTheReferenceDataIsKnown() {
        assertThat(referenceCases().map(arguments -> (String) arguments.get()[1]).distinct())
                .containsExactlyInAnyOrder(Stream.of(TallyRule.values()).map(TallyRule::ruleName).toArray(String[]::new));
    }

    @Test
    void equalSharesReproducesWieliczkasOfficialOutcome() {
        PabulibInstance wieliczka = ReferenceData.instance("poland_wieliczka_2023.pb");
        List<String> official = wieliczka.projects().stream()
                .filter(project -> project.attributes().get("selected").equals("1"))
                .map(PabulibProject::id)
                .toList();

        TallyResult result = TallyRule.EQUAL_SHARES.tally(wieliczka.toBallotBox());

        assertThat(result.winners()).containsExactlyInAnyOrderElementsOf(official);
    }

    @Test
    void readsEveryInstanceWithTheSizesItsMetaStates() {
        for (String name : ReferenceData.instanceNames()) {
            PabulibInstance instance = ReferenceData.instance(name);
            assertThat(instance.votes()).as(name)
                    .hasSize(Integer.parseInt(instance.meta().get("num_votes")));
            assertThat(instance.projects()).as(name)
                    .hasSize(Integer.parseInt(instance.meta().get("num_projects")));
            var approvals = instance.toBallotBox().approvalCounts();
            for (PabulibProject project : instance.projects()) {
                assertThat(approvals.get(project.id())).as(name + " " + project.id())
                        .isEqualTo(Long.parseLong(project.attributes().get("votes")));
            }
        }
    }

    @Test
    void explainsWhyEachProjectWasNotSelected() {
        BallotBox gdansk = ReferenceData.ballotBox("poland_gdansk_2020_.pb");

        TallyResult greedy = TallyRule.GREEDY.tally(gdansk);
        TallyResult equalShares = TallyRule.EQUAL_SHARES_WITHOUT_COMPLETION.tally(gdansk);

        assertThat(greedy.outcome("18").reason()).isEqualTo(OutcomeReason.SELECTED);
        assertThat(greedy.outcome("18").approvals()).isEqualTo(2668);
        assertThat(greedy.outcome("26").reason()).isEqualTo(OutcomeReason.SKIPPED_DID_NOT_FIT);
        assertThat(equalShares.outcome("18").reason()).isEqualTo(OutcomeReason.NOT_ENOUGH_SUPPORT);
        assertThat(equalShares.outcome("1").reason()).isEqualTo(OutcomeReason.SELECTED);
    }
}

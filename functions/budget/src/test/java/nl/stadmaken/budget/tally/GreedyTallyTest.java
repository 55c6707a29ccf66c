package nl.stadmaken.budget.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class GreedyTallyTest {

    private final BallotBox box = Ballots.box()
            .project("9", "50")
            .project("10", "50")
            .project("11", "60")
            .project("12", "30")
            .ballots(1, "11", "9", "10")
            .ballots(1, "11", "9", "10", "12")
            .ballots(1, "11")
            .budget("100");

    @Test
    void takesMostApprovedFirstAndCarriesOnPastProjectsThatDoNotFit() {
        TallyResult result = TallyRule.GREEDY.tally(box);

        assertThat(result.winners()).containsExactly("11", "12");
        assertThat(result.totalCost()).isEqualByComparingTo("90");
        assertThat(result.outcome("10").reason()).isEqualTo(OutcomeReason.SKIPPED_DID_NOT_FIT);
        assertThat(result.outcome("9").reason()).isEqualTo(OutcomeReason.SKIPPED_DID_NOT_FIT);
        assertThat(result.outcome("11").approvals()).isEqualTo(3);
    }

    @Test
    void breaksTiesByProjectIdComparedAsAString() {
        List<String> winners = GreedyTally.complete(box, List.of("12"));

        assertThat(winners).containsExactly("12", "11");
        assertThat(GreedyTally.complete(Ballots.box()
                .project("9", "50")
                .project("10", "50")
                .ballots(2, "9", "10")
                .budget("50"), List.of())).containsExactly("10");
    }

    @Test
    void completesAnExistingSelectionWithTheLeftoverBudget() {
        assertThat(GreedyTally.complete(box, List.of("9"))).containsExactly("9", "10");
    }

    @Test
    void addsUnapprovedProjectsLastWhenTheyStillFit() {
        BallotBox withUnapproved = Ballots.box()
                .project("a", "10")
                .project("b", "5")
                .ballots(3, "a")
                .budget("20");

        assertThat(GreedyTally.winners(withUnapproved)).containsExactly("a", "b");
    }

    @Test
    void comparesDecimalCostsExactly() {
        BallotBox decimals = Ballots.box()
                .project("a", "0.10")
                .project("b", "0.20")
                .project("c", "0.01")
                .ballots(3, "a", "b")
                .ballots(1, "c")
                .budget("0.30");

        TallyResult result = TallyRule.GREEDY.tally(decimals);

        assertThat(result.winners()).containsExactly("a", "b");
        assertThat(result.totalCost()).isEqualTo(new BigDecimal("0.30"));
    }
}

package nl.stadmaken.budget.tally;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EqualSharesTallyTest {

    /** Four voters with 25 each: A costs its three supporters 20 each, leaving too little for B and C. */
    private final BallotBox box = Ballots.box()
            .project("A", "60")
            .project("B", "40")
            .project("C", "30")
            .ballots(2, "A")
            .ballots(1, "A", "B")
            .ballots(1, "B", "C")
            .budget("100");

    @Test
    void chargesSupportersEquallyAndStopsWhenNothingIsAffordable() {
        EqualSharesRun run = EqualSharesTally.withoutCompletion(box);

        assertThat(run.winners()).containsExactly("A");
        assertThat(run.voterShare()).isEqualTo(Rational.of(25, 1));
        assertThat(run.charges()).containsExactly(
                Rational.of(20, 1), Rational.of(20, 1), Rational.of(20, 1), Rational.ZERO);
    }

    @Test
    void reportsProjectsWhoseSupportersCannotAffordThem() {
        TallyResult result = TallyRule.EQUAL_SHARES_WITHOUT_COMPLETION.tally(box);

        assertThat(result.outcome("B").reason()).isEqualTo(OutcomeReason.NOT_ENOUGH_SUPPORT);
        assertThat(result.outcome("C").reason()).isEqualTo(OutcomeReason.NOT_ENOUGH_SUPPORT);
        assertThat(result.outcome("A").reason()).isEqualTo(OutcomeReason.SELECTED);
    }

    @Test
    void completionRaisesTheShareUntilTheNextOutcomeWouldExceedTheBudget() {
        // from a share of 50 on, the fourth voter can also pay for C and the outcome costs 130
        EqualSharesRun run = EqualSharesTally.withCompletion(box);

        assertThat(run.winners()).containsExactly("A", "B");
        assertThat(run.voterShare()).isEqualTo(Rational.of(49, 1));
        assertThat(run.charges()).containsExactly(
                Rational.of(20, 1), Rational.of(20, 1), Rational.of(40, 1), Rational.of(20, 1));
    }

    @Test
    void completionStopsOnceEverySupportedProjectIsSelected() {
        BallotBox cheap = Ballots.box()
                .project("A", "10")
                .project("B", "30")
                .project("unwanted", "1")
                .ballots(2, "A")
                .ballots(1, "B")
                .budget("60");

        EqualSharesRun run = EqualSharesTally.withCompletion(cheap);

        assertThat(run.winners()).containsExactly("A", "B");
        assertThat(run.voterShare()).isEqualTo(Rational.of(30, 1));
    }

    @Test
    void breaksEqualRhoByProjectIdComparedAsAString() {
        BallotBox tie = Ballots.box()
                .project("9", "10")
                .project("10", "10")
                .ballots(2, "9", "10")
                .budget("10");

        assertThat(EqualSharesTally.withoutCompletion(tie).winners()).containsExactly("10");
    }

    @Test
    void paysForDecimalCostsExactly() {
        BallotBox decimals = Ballots.box()
                .project("a", "50.25")
                .project("b", "50.25")
                .ballots(3, "a", "b")
                .budget("100.50");

        EqualSharesRun run = EqualSharesTally.withoutCompletion(decimals);

        assertThat(run.winners()).containsExactly("a", "b");
        assertThat(run.charges()).containsOnly(Rational.of(3350, 100));
    }

    @Test
    void selectsFreeSupportedProjectsUpFront() {
        BallotBox free = Ballots.box()
                .project("paid", "10")
                .project("free", "0")
                .project("ignored", "0")
                .ballots(2, "paid", "free")
                .budget("10");

        assertThat(EqualSharesTally.withoutCompletion(free).winners()).containsExactly("free", "paid");
    }

    @Test
    void selectsNothingWithoutBallots() {
        BallotBox empty = Ballots.box().project("a", "10").budget("10");

        assertThat(TallyRule.EQUAL_SHARES.tally(empty).winners()).isEmpty();
        assertThat(TallyRule.EQUAL_SHARES_GREEDY.tally(empty).winners()).containsExactly("a");
    }
}

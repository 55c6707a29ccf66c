package nl.stadmaken.budget.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TallyProperties {

    private static final List<TallyRule> GREEDY_ENDINGS = List.of(TallyRule.GREEDY, TallyRule.EQUAL_SHARES_GREEDY);

    @Property(tries = 300)
    void winnersNeverExceedTheBudget(@ForAll("ballotBoxes") BallotBox box, @ForAll TallyRule rule) {
        TallyResult result = rule.tally(box);

        Map<String, BigDecimal> costs = box.projects().stream()
                .collect(Collectors.toMap(BudgetProject::id, BudgetProject::cost));
        assertThat(result.winners()).doesNotHaveDuplicates();
        assertThat(result.totalCost())
                .isEqualByComparingTo(result.winners().stream().map(costs::get).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isLessThanOrEqualTo(box.budget());
        assertThat(result.projects()).filteredOn(ProjectOutcome::selected).extracting(ProjectOutcome::projectId)
                .containsExactlyInAnyOrderElementsOf(result.winners());
    }

    @Property(tries = 300)
    void greedyLeavesNoSkippedProjectThatWouldStillFit(@ForAll("ballotBoxes") BallotBox box,
            @ForAll("greedyEndings") TallyRule rule) {
        TallyResult result = rule.tally(box);

        BigDecimal leftover = box.budget().subtract(result.totalCost());
        assertThat(result.projects()).filteredOn(project -> !project.selected())
                .allSatisfy(project -> {
                    assertThat(project.cost()).isGreaterThan(leftover);
                    assertThat(project.reason()).isEqualTo(OutcomeReason.SKIPPED_DID_NOT_FIT);
                });
    }

    @Property(tries = 300)
    void equalSharesNeverChargesAVoterMoreThanTheirShare(@ForAll("ballotBoxes") BallotBox box,
            @ForAll boolean completion) {
        EqualSharesRun run = completion ? EqualSharesTally.withCompletion(box) : EqualSharesTally.withoutCompletion(box);

        assertThat(run.charges()).hasSize(box.ballots().size())
                .allSatisfy(charge -> assertThat(charge).isGreaterThanOrEqualTo(Rational.ZERO)
                        .isLessThanOrEqualTo(run.voterShare()));
        Rational winnersCost = box.projects().stream()
                .filter(project -> run.winners().contains(project.id()))
                .map(project -> Rational.of(project.cost()))
                .reduce(Rational.ZERO, Rational::add);
        assertThat(run.charges().stream().reduce(Rational.ZERO, Rational::add)).isEqualTo(winnersCost);
        for (int b = 0; b < box.ballots().size(); b++) {
            ApprovalBallot ballot = box.ballots().get(b);
            if (run.winners().stream().noneMatch(ballot::approves)) {
                assertThat(run.charges().get(b)).isEqualTo(Rational.ZERO);
            }
        }
    }

    @Property(tries = 300)
    void equalSharesMatchesAVoterByVoterTranscriptionOfTheRule(@ForAll("ballotBoxes") BallotBox box,
            @ForAll boolean completion) {
        EqualSharesRun run = completion ? EqualSharesTally.withCompletion(box) : EqualSharesTally.withoutCompletion(box);

        assertThat(run.winners()).containsExactlyElementsOf(PlainEqualShares.winners(box, completion));
    }

    @Property(tries = 200)
    void resultsDoNotDependOnBallotOrder(@ForAll("ballotBoxes") BallotBox box, @ForAll TallyRule rule,
            @ForAll Random random) {
        List<ApprovalBallot> shuffled = new ArrayList<>(box.ballots());
        Collections.shuffle(shuffled, random);

        TallyResult result = rule.tally(new BallotBox(box.projects(), box.budget(), shuffled));

        assertThat(result.winners()).containsExactlyElementsOf(rule.tally(box).winners());
    }

    @Property(tries = 200)
    void resultsDoNotDependOnProjectOrder(@ForAll("ballotBoxes") BallotBox box, @ForAll TallyRule rule,
            @ForAll Random random) {
        List<BudgetProject> shuffled = new ArrayList<>(box.projects());
        Collections.shuffle(shuffled, random);

        TallyResult result = rule.tally(new BallotBox(shuffled, box.budget(), box.ballots()));

        assertThat(result.winners()).containsExactlyElementsOf(rule.tally(box).winners());
    }

    @Provide
    Arbitrary<TallyRule> greedyEndings() {
        return Arbitraries.of(GREEDY_ENDINGS);
    }

    /** Up to 7 projects whose ids sort differently as strings and as numbers, costs with 0 or 2 decimals. */
    @Provide
    Arbitrary<BallotBox> ballotBoxes() {
        Arbitrary<Integer> decimals = Arbitraries.of(0, 2);
        Arbitrary<List<Integer>> hundredths = Arbitraries.integers().between(0, 6000).list().ofMinSize(1).ofMaxSize(7);
        Arbitrary<Integer> budgetPercent = Arbitraries.integers().between(0, 100);
        Arbitrary<List<Set<Integer>>> approvals = Arbitraries.integers().between(0, 6).set().ofMaxSize(7)
                .list().ofMaxSize(25);
        return Combinators.combine(decimals, hundredths, budgetPercent, approvals)
                .as((scale, costs, percent, ballots) -> {
                    List<BudgetProject> projects = IntStream.range(0, costs.size())
                            .mapToObj(i -> new BudgetProject(Integer.toString(8 + i),
                                    BigDecimal.valueOf(costs.get(i), 2).setScale(scale, RoundingMode.DOWN)))
                            .toList();
                    BigDecimal total = projects.stream().map(BudgetProject::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal budget = total.multiply(BigDecimal.valueOf(percent)).movePointLeft(2)
                            .setScale(scale, RoundingMode.DOWN);
                    return new BallotBox(projects, budget, ballots.stream()
                            .map(approved -> new ApprovalBallot(approved.stream()
                                    .filter(index -> index < projects.size())
                                    .map(index -> projects.get(index).id())
                                    .collect(Collectors.toSet())))
                            .toList());
                });
    }
}

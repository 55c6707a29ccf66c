package nl.stadmaken.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stadmaken.shared.problem.FieldError;
import org.junit.jupiter.api.Test;

class BallotRulesTest {

    private static final Map<String, Proposal> PROPOSALS = new LinkedHashMap<>();

    static {
        PROPOSALS.put("a", new Proposal("a", "r", "A", null, 4_000, null, null));
        PROPOSALS.put("b", new Proposal("b", "r", "B", null, 3_000, null, null));
        PROPOSALS.put("c", new Proposal("c", "r", "C", null, 2_000, null, null));
    }

    private static Round round(BallotKind kind) {
        return new Round("r", "R", null, 7_000, kind, Instant.EPOCH, Instant.EPOCH.plusSeconds(60), TallyChoice.GREEDY, true,
                RoundStatus.OPEN, Instant.EPOCH);
    }

    @Test
    void approvalBallotKeepsItsMinimumAndMaximum() {
        Round round = round(new BallotKind.Approval(2, 2));

        assertThat(BallotRules.check(round, PROPOSALS, List.of("a", "b"))).isEmpty();
        assertThat(BallotRules.check(round, PROPOSALS, List.of("a"))).extracting(FieldError::message).containsExactly("choose at least 2 proposals");
        assertThat(BallotRules.check(round, PROPOSALS, List.of("a", "b", "c"))).extracting(FieldError::message).containsExactly("choose at most 2 proposals");
    }

    @Test
    void knapsackBallotFitsTheBudgetAndSpendsTheMinimumShare() {
        Round round = round(new BallotKind.Knapsack(50));

        assertThat(BallotRules.check(round, PROPOSALS, List.of("a", "b"))).isEmpty();
        assertThat(BallotRules.check(round, PROPOSALS, List.of("a", "b", "c"))).hasSize(1);
        assertThat(BallotRules.check(round, PROPOSALS, List.of("c"))).extracting(FieldError::message)
                .containsExactly("spend at least 50% of the budget (3500 cents)");
    }

    @Test
    void unknownDuplicateOrNoProposalIsRefused() {
        Round round = round(new BallotKind.Approval(1, 3));

        assertThat(BallotRules.check(round, PROPOSALS, List.of())).hasSize(1);
        assertThat(BallotRules.check(round, PROPOSALS, null)).hasSize(1);
        assertThat(BallotRules.check(round, PROPOSALS, List.of("a", "a"))).hasSize(1);
        assertThat(BallotRules.check(round, PROPOSALS, List.of("z"))).extracting(FieldError::message).containsExactly("not a proposal of this round: z");
    }
}

package nl.stadmaken.budget.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds small ballot boxes for tests. */
final class Ballots {

    private final List<BudgetProject> projects = new ArrayList<>();
    private final List<ApprovalBallot> ballots = new ArrayList<>();

    static Ballots box() {
        return new Ballots();
    }

    Ballots project(String id, String cost) {
        projects.add(new BudgetProject(id, new BigDecimal(cost)));
        return this;
    }

    Ballots ballots(int count, String... approved) {
        for (int i = 0; i < count; i++) {
            ballots.add(ApprovalBallot.of(Arrays.copyOf(approved, approved.length)));
        }
        return this;
    }

    BallotBox budget(String budget) {
        return new BallotBox(projects, new BigDecimal(budget), ballots);
    }
}

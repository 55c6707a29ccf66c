package nl.stadmaken.budget.domain;

/** What a ballot may hold. */
public sealed interface BallotKind {

    /** Choose at least {@code min} and at most {@code max} proposals. */
    record Approval(int min, int max) implements BallotKind {
    }

    /** Choose proposals costing together at most the budget and at least {@code minSpendPercent} of it. */
    record Knapsack(int minSpendPercent) implements BallotKind {
    }
}

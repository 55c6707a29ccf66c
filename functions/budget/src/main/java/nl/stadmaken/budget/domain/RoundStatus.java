package nl.stadmaken.budget.domain;

/** A round moves only forward: prepared, open for votes, closed and counted, results published. */
public enum RoundStatus {
    DRAFT, OPEN, CLOSED, PUBLISHED
}

package nl.stadmaken.budget.tally;

/** Why a project ended up selected or not. */
public enum OutcomeReason {
    SELECTED,
    /** Greedy reached it when the remaining budget could no longer pay for it. */
    SKIPPED_DID_NOT_FIT,
    /** Equal shares: its supporters' remaining money could not cover its cost. */
    NOT_ENOUGH_SUPPORT
}

package nl.stadmaken.participation.sortition;

/** Whether a panel may hold more than one member of a household. */
public enum HouseholdRule {
    /** Household keys are not looked at. */
    IGNORED,
    /** At most one member per household key; members without a key count as their own household. */
    ONE_PER_HOUSEHOLD
}

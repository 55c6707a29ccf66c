package nl.stadmaken.budget.tally;

import java.math.BigDecimal;
import java.util.Objects;

/** How one project fared in a tally. */
public record ProjectOutcome(String projectId, BigDecimal cost, long approvals, OutcomeReason reason) {

    public ProjectOutcome {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean selected() {
        return reason == OutcomeReason.SELECTED;
    }
}

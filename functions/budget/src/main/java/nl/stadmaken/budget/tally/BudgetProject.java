package nl.stadmaken.budget.tally;

import java.math.BigDecimal;
import java.util.Objects;

/** A project on the ballot: its id and its exact cost in currency units. */
public record BudgetProject(String id, BigDecimal cost) {

    public BudgetProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        if (id.isBlank()) {
            throw new IllegalArgumentException("project id is blank");
        }
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost: " + cost.toPlainString());
        }
    }
}

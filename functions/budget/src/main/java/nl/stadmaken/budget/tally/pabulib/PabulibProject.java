package nl.stadmaken.budget.tally.pabulib;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A row of the PROJECTS section: id, exact cost, and the other columns by name. */
public record PabulibProject(String id, BigDecimal cost, Map<String, String> attributes) {

    public PabulibProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        if (id.isEmpty() || id.contains(",")) {
            throw new IllegalArgumentException("project id must be non-empty and without commas: '" + id + "'");
        }
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost");
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}

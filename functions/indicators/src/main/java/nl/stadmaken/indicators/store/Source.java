package nl.stadmaken.indicators.store;

import java.util.Locale;

/** The tables the job reads changes from, with the environment variable naming each. */
public enum Source {
    PARTICIPATION("PARTICIPATION_TABLE"),
    BUDGET("BUDGET_TABLE"),
    SPREEKUUR("SPREEKUUR_TABLE"),
    SURVEY("INDICATORS_TABLE");

    private final String tableVariable;

    Source(String tableVariable) {
        this.tableVariable = tableVariable;
    }

    public String tableVariable() {
        return tableVariable;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}

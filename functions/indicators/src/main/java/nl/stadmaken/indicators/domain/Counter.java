package nl.stadmaken.indicators.domain;

/**
 * One counter of a period: a metric ({@code signups}) in one cell of one breakdown ({@code wijk}/{@code WK039201});
 * the period's overall figure is dimension {@code total}, cell {@code all}.
 */
public record Counter(String metric, String dimension, String cell) {

    public static final String TOTAL = "total";
    public static final String ALL = "all";
    /** The cell of items that lack the breakdown's attribute (a sign-up without a wijk, say). */
    public static final String UNKNOWN = "unknown";
    /** The area cell of what serves the whole city (a citywide trajectory, a slot in the city hall or online). */
    public static final String CITY = "city";

    public static Counter total(String metric) {
        return new Counter(metric, TOTAL, ALL);
    }

    public String text() {
        return metric + "|" + dimension + "|" + cell;
    }

    public static Counter parse(String text) {
        String[] parts = text.split("\\|", 3);
        return new Counter(parts[0], parts[1], parts[2]);
    }
}

package nl.stadmaken.participation.sortition.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stadmaken.participation.sortition.Member;
import nl.stadmaken.participation.sortition.Pool;
import nl.stadmaken.participation.sortition.Quota;
import nl.stadmaken.participation.sortition.Quotas;

/** Reads pools and quotas from CSV tables. */
public final class CsvInputs {

    private CsvInputs() {
    }

    /**
     * Quotas from columns {@code feature,value,min,max}; other columns, such as the Sortition Foundation's
     * {@code min_flex,max_flex}, are ignored.
     */
    public static Quotas quotas(CsvTable table) {
        int feature = table.column("feature");
        int value = table.column("value");
        int min = table.column("min");
        int max = table.column("max");
        List<Quota> quotas = new ArrayList<>();
        for (List<String> row : table.rows()) {
            quotas.add(new Quota(row.get(feature), row.get(value), wholeNumber(row.get(min), "min"), wholeNumber(row.get(max), "max")));
        }
        return new Quotas(quotas);
    }

    /**
     * A pool keyed by the id column, with only the given features (other columns, such as names or e-mail addresses, are
     * never read). The household key joins the household columns; a member whose household columns are all blank has none.
     */
    public static Pool pool(CsvTable table, String idColumn, Set<String> features, List<String> householdColumns) {
        int id = table.column(idColumn);
        Map<String, Integer> featureColumns = new LinkedHashMap<>();
        for (String feature : features) {
            if (!table.hasColumn(feature)) {
                throw new IllegalArgumentException("the pool has no column '" + feature + "', which the quotas use");
            }
            featureColumns.put(feature, table.column(feature));
        }
        List<Integer> householdIndexes = householdColumns.stream().map(table::column).toList();
        List<Member> members = new ArrayList<>();
        for (List<String> row : table.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            featureColumns.forEach((feature, column) -> values.put(feature, row.get(column)));
            List<String> householdParts = householdIndexes.stream().map(row::get).toList();
            Optional<String> household = householdParts.stream().allMatch(String::isBlank)
                    ? Optional.empty()
                    : Optional.of(String.join("\t", householdParts));
            members.add(new Member(row.get(id), values, household));
        }
        return new Pool(members);
    }

    private static int wholeNumber(String text, String column) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("quota column " + column + " must be a whole number, got '" + text + "'", e);
        }
    }
}

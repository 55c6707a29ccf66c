package nl.stadmaken.budget.tally.pabulib;

import java.util.List;

/** One record of a semicolon-separated table and the line it starts on. */
record SemicolonRow(int line, List<String> fields) {

    SemicolonRow {
        fields = List.copyOf(fields);
    }

    boolean isSectionMarker(String section) {
        return fields.size() == 1 && fields.get(0).equalsIgnoreCase(section);
    }
}

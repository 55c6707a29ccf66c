package nl.stadmaken.participation.sortition.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as a header and rows of trimmed fields. Fields are separated by commas and may be quoted with double
 * quotes, inside which commas, line breaks and doubled quotes ("") stand for themselves. Blank lines are skipped.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static CsvTable parse(String text) {
        List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the CSV has no header row");
        }
        List<String> header = records.getFirst();
        List<List<String>> rows = records.subList(1, records.size());
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                throw new IllegalArgumentException("data row " + (r + 1) + " has " + rows.get(r).size() + " fields, the header has " + header.size());
            }
        }
        return new CsvTable(header, rows);
    }

    /** Position of a header column, compared after trimming. */
    public int column(String name) {
        int index = header.indexOf(name.trim());
        if (index < 0) {
            throw new IllegalArgumentException("no column '" + name + "' in header " + header);
        }
        return index;
    }

    public boolean hasColumn(String name) {
        return header.contains(name.trim());
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, fields, field, fieldStarted);
                fields = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted |= !Character.isWhitespace(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("the CSV ends inside a quoted field");
        }
        endRecord(records, fields, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field, boolean fieldStarted) {
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString().trim());
            records.add(fields);
        }
        field.setLength(0);
    }
}

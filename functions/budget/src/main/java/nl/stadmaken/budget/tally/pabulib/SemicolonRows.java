package nl.stadmaken.budget.tally.pabulib;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into semicolon-separated records with standard CSV quoting: a quoted field may hold semicolons, line
 * breaks and doubled quotes. Unquoted fields are trimmed; blank lines are skipped.
 */
final class SemicolonRows {

    private final String text;
    private int position;
    private int line = 1;

    private SemicolonRows(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static List<SemicolonRow> parse(String text) {
        return new SemicolonRows(text).rows();
    }

    private List<SemicolonRow> rows() {
        List<SemicolonRow> rows = new ArrayList<>();
        while (position < text.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            boolean endOfRow = false;
            while (!endOfRow) {
                fields.add(peek() == '"' ? quotedField() : unquotedField());
                endOfRow = position >= text.length() || peek() != ';';
                if (!endOfRow) {
                    position++;
                }
            }
            skipLineBreak();
            if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                rows.add(new SemicolonRow(start, fields));
            }
        }
        return rows;
    }

    private String quotedField() {
        int start = line;
        position++;
        StringBuilder field = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw new PabulibFormatException(start, "quoted field is never closed");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                if (position < text.length() && peek() == '"') {
                    field.append('"');
                    position++;
                } else {
                    break;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                field.append(c);
            }
        }
        if (position < text.length() && peek() != ';' && peek() != '\n' && peek() != '\r') {
            throw new PabulibFormatException(line, "unexpected '" + peek() + "' after a closing quote");
        }
        return field.toString();
    }

    private String unquotedField() {
        int start = position;
        while (position < text.length() && peek() != ';' && peek() != '\n' && peek() != '\r') {
            if (peek() == '"') {
                throw new PabulibFormatException(line, "quote inside an unquoted field");
            }
            position++;
        }
        return text.substring(start, position).strip();
    }

    private void skipLineBreak() {
        if (position < text.length() && peek() == '\r') {
            position++;
        }
        if (position < text.length() && peek() == '\n') {
            position++;
        }
        line++;
    }

    private char peek() {
        return text.charAt(position);
    }
}

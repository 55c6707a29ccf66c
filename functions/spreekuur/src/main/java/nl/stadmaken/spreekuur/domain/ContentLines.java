package nl.stadmaken.spreekuur.domain;

import java.nio.charset.StandardCharsets;

/** RFC 5545 content lines: CRLF endings, folded at 75 octets without splitting a UTF-8 character, TEXT escaped. */
final class ContentLines {

    private static final int MAX_OCTETS = 75;
    private final StringBuilder out = new StringBuilder();

    ContentLines line(String line) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
        return this;
    }

    /** A property whose value is TEXT: backslash, semicolon, comma and line breaks are escaped. */
    ContentLines text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

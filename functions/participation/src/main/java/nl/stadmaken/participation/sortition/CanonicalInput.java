package nl.stadmaken.participation.sortition;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical text of a draw's input, whose SHA-256 the audit records. One record per line, fields separated by tabs,
 * UTF-8; backslash, tab, carriage return and newline inside a field are written as \\, \t, \r and \n. Lines, in order:
 * {@code stadmaken-sortition-input 1}, {@code algorithm}, {@code panel-size}, {@code household-rule}, one
 * {@code quota feature value min max} per quota sorted by feature and value, then one
 * {@code member id household feature value ...} per member sorted by id, with features sorted by name and an empty
 * household field when there is no key. Only quota features are listed, as only they influence the draw.
 */
final class CanonicalInput {

    private CanonicalInput() {
    }

    static String of(DrawRequest request) {
        StringBuilder text = new StringBuilder();
        line(text, "stadmaken-sortition-input", "1");
        line(text, "algorithm", request.algorithm().label());
        line(text, "panel-size", Integer.toString(request.panelSize()));
        line(text, "household-rule", request.householdRule().name().toLowerCase(Locale.ROOT));
        for (Quota quota : request.quotas().quotas()) {
            line(text, "quota", quota.feature(), quota.featureValue().value(), Integer.toString(quota.min()), Integer.toString(quota.max()));
        }
        for (Member member : request.pool().members()) {
            text.append("member\t").append(escape(member.id())).append('\t').append(escape(member.household().orElse("")));
            for (Map.Entry<String, String> feature : member.features().entrySet()) {
                if (request.quotas().features().contains(feature.getKey())) {
                    text.append('\t').append(escape(feature.getKey())).append('\t').append(escape(feature.getValue()));
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The input of a replacement draw: the original input followed by the previous panel, the withdrawals and the count. */
    static String of(ReplacementRequest request) {
        StringBuilder text = new StringBuilder(of(request.original()));
        request.previousPanel().stream().sorted().forEach(id -> line(text, "previous-panel", id));
        request.withdrawn().stream().sorted().forEach(id -> line(text, "withdrawn", id));
        line(text, "replacements", Integer.toString(request.replacements()));
        return text.toString();
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(RandomStream.newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static void line(StringBuilder text, String... fields) {
        for (int f = 0; f < fields.length; f++) {
            text.append(f == 0 ? "" : "\t").append(escape(fields[f]));
        }
        text.append('\n');
    }

    static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}

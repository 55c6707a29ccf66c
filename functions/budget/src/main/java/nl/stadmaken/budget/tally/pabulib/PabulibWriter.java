package nl.stadmaken.budget.tally.pabulib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes Pabulib files that {@link PabulibReader} reads back to the same instance. */
public final class PabulibWriter {

    private PabulibWriter() {
    }

    public static void write(PabulibInstance instance, Path file) throws IOException {
        Files.writeString(file, toText(instance), StandardCharsets.UTF_8);
    }

    public static String toText(PabulibInstance instance) {
        StringBuilder text = new StringBuilder();
        line(text, List.of("META"));
        line(text, List.of("key", "value"));
        instance.meta().forEach((key, value) -> line(text, List.of(key, value)));
        line(text, List.of("PROJECTS"));
        line(text, instance.projectColumns());
        for (PabulibProject project : instance.projects()) {
            line(text, instance.projectColumns().stream()
                    .map(column -> switch (column) {
                        case PabulibInstance.PROJECT_ID -> project.id();
                        case PabulibInstance.COST -> project.cost().toPlainString();
                        default -> project.attributes().get(column);
                    })
                    .toList());
        }
        line(text, List.of("VOTES"));
        line(text, instance.voteColumns());
        for (PabulibVote vote : instance.votes()) {
            line(text, instance.voteColumns().stream()
                    .map(column -> switch (column) {
                        case PabulibInstance.VOTER_ID -> vote.voterId();
                        case PabulibInstance.VOTE -> String.join(",", vote.vote());
                        default -> vote.attributes().get(column);
                    })
                    .toList());
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> fields) {
        text.append(fields.stream().map(PabulibWriter::field).collect(Collectors.joining(";"))).append('\n');
    }

    private static String field(String value) {
        boolean quote = value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || !value.equals(value.strip());
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}

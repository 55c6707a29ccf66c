package nl.stadmaken.budget.tally.pabulib;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads Pabulib files (https://pabulib.org/format): sections META, PROJECTS and VOTES, columns read by header name. */
public final class PabulibReader {

    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final List<String> SECTIONS = List.of("META", "PROJECTS", "VOTES");

    private PabulibReader() {
    }

    public static PabulibInstance read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static PabulibInstance parse(String text) {
        List<SemicolonRow> rows = SemicolonRows.parse(text);
        List<List<SemicolonRow>> sections = sections(rows);
        Map<String, String> meta = meta(section(sections, 0, rows));
        List<SemicolonRow> projectRows = section(sections, 1, rows);
        if (!meta.containsKey("budget")) {
            throw new PabulibFormatException(projectRows.get(0).line(), "META has no budget");
        }
        List<String> projectColumns = header(projectRows, PabulibInstance.PROJECT_ID, PabulibInstance.COST);
        List<PabulibProject> projects = new ArrayList<>();
        for (SemicolonRow row : projectRows.subList(2, projectRows.size())) {
            projects.add(project(projectColumns, row, projects));
        }
        Set<String> projectIds = new HashSet<>(projects.stream().map(PabulibProject::id).toList());
        List<SemicolonRow> voteRows = section(sections, 2, rows);
        List<String> voteColumns = header(voteRows, PabulibInstance.VOTER_ID, PabulibInstance.VOTE);
        List<PabulibVote> votes = new ArrayList<>();
        Set<String> voterIds = new HashSet<>();
        for (SemicolonRow row : voteRows.subList(2, voteRows.size())) {
            PabulibVote vote = vote(voteColumns, row, projectIds);
            if (!voterIds.add(vote.voterId())) {
                throw new PabulibFormatException(row.line(), "voter " + vote.voterId() + " appears twice");
            }
            votes.add(vote);
        }
        return new PabulibInstance(meta, projectColumns, projects, voteColumns, votes);
    }

    /** Splits the rows at the section markers; each section list starts with its marker row. */
    private static List<List<SemicolonRow>> sections(List<SemicolonRow> rows) {
        List<List<SemicolonRow>> sections = new ArrayList<>();
        for (SemicolonRow row : rows) {
            int next = sections.size();
            if (next < SECTIONS.size() && row.isSectionMarker(SECTIONS.get(next))) {
                sections.add(new ArrayList<>(List.of(row)));
            } else if (sections.isEmpty()) {
                throw new PabulibFormatException(row.line(), "expected META, found " + row.fields());
            } else if (SECTIONS.stream().anyMatch(row::isSectionMarker)) {
                throw new PabulibFormatException(row.line(),
                        "unexpected section " + row.fields().get(0) + ", expected the order META, PROJECTS, VOTES");
            } else {
                sections.get(sections.size() - 1).add(row);
            }
        }
        return sections;
    }

    private static List<SemicolonRow> section(List<List<SemicolonRow>> sections, int index, List<SemicolonRow> rows) {
        if (index >= sections.size()) {
            int lastLine = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line();
            throw new PabulibFormatException(lastLine, "missing " + SECTIONS.get(index) + " section");
        }
        return sections.get(index);
    }

    private static Map<String, String> meta(List<SemicolonRow> rows) {
        Map<String, String> meta = new LinkedHashMap<>();
        List<SemicolonRow> entries = rows.subList(1, rows.size());
        // some published files leave out the key;value header, so it is optional
        if (!entries.isEmpty() && entries.get(0).fields().equals(List.of("key", "value"))) {
            entries = entries.subList(1, entries.size());
        }
        for (SemicolonRow row : entries) {
            if (row.fields().size() != 2) {
                throw new PabulibFormatException(row.line(),
                        "META rows need a key and a value, found " + row.fields().size() + " fields");
            }
            String key = row.fields().get(0);
            String value = row.fields().get(1);
            if (key.isEmpty() || meta.containsKey(key)) {
                throw new PabulibFormatException(row.line(), "META key '" + key + "' is empty or repeated");
            }
            if (key.equals("budget")) {
                decimal(value, row.line(), "budget");
            }
            meta.put(key, value);
        }
        return meta;
    }

    private static List<String> header(List<SemicolonRow> section, String... required) {
        SemicolonRow marker = section.get(0);
        if (section.size() < 2) {
            throw new PabulibFormatException(marker.line(), marker.fields().get(0) + " has no header line");
        }
        SemicolonRow header = section.get(1);
        List<String> columns = header.fields();
        if (new HashSet<>(columns).size() != columns.size()) {
            throw new PabulibFormatException(header.line(), "repeated column in " + columns);
        }
        for (String column : required) {
            if (!columns.contains(column)) {
                throw new PabulibFormatException(header.line(),
                        "header " + columns + " lacks the column " + column + " (needs " + Arrays.toString(required) + ")");
            }
        }
        return columns;
    }

    private static Map<String, String> fields(List<String> columns, SemicolonRow row) {
        if (row.fields().size() != columns.size()) {
            throw new PabulibFormatException(row.line(),
                    "expected " + columns.size() + " fields " + columns + ", found " + row.fields().size());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            fields.put(columns.get(i), row.fields().get(i));
        }
        return fields;
    }

    private static PabulibProject project(List<String> columns, SemicolonRow row, List<PabulibProject> earlier) {
        Map<String, String> fields = fields(columns, row);
        String id = fields.remove(PabulibInstance.PROJECT_ID);
        BigDecimal cost = decimal(fields.remove(PabulibInstance.COST), row.line(), "cost");
        if (id.isEmpty() || id.contains(",")) {
            throw new PabulibFormatException(row.line(), "project id must be non-empty and without commas: '" + id + "'");
        }
        if (earlier.stream().anyMatch(project -> project.id().equals(id))) {
            throw new PabulibFormatException(row.line(), "project " + id + " appears twice");
        }
        return new PabulibProject(id, cost, fields);
    }

    private static PabulibVote vote(List<String> columns, SemicolonRow row, Set<String> projectIds) {
        Map<String, String> fields = fields(columns, row);
        String voterId = fields.remove(PabulibInstance.VOTER_ID);
        String listed = fields.remove(PabulibInstance.VOTE);
        List<String> vote = new ArrayList<>();
        if (!listed.isEmpty()) {
            for (String part : listed.split(",", -1)) {
                String id = part.strip();
                if (!projectIds.contains(id)) {
                    throw new PabulibFormatException(row.line(), "vote lists unknown project '" + id + "'");
                }
                if (vote.contains(id)) {
                    throw new PabulibFormatException(row.line(), "vote lists project " + id + " twice");
                }
                vote.add(id);
            }
        }
        return new PabulibVote(voterId, vote, fields);
    }

    private static BigDecimal decimal(String text, int line, String what) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new PabulibFormatException(line, what + " '" + text + "' is not a non-negative decimal number");
        }
        return new BigDecimal(text);
    }
}

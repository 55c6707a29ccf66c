package nl.stadmaken.budget.tally.pabulib;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import nl.stadmaken.budget.tally.ApprovalBallot;
import nl.stadmaken.budget.tally.BallotBox;
import nl.stadmaken.budget.tally.BudgetProject;

/** A Pabulib file: META key/values, the PROJECTS table and the VOTES table, with their column order. */
public record PabulibInstance(
        Map<String, String> meta,
        List<String> projectColumns,
        List<PabulibProject> projects,
        List<String> voteColumns,
        List<PabulibVote> votes) {

    public static final String PROJECT_ID = "project_id";
    public static final String COST = "cost";
    public static final String VOTER_ID = "voter_id";
    public static final String VOTE = "vote";

    public PabulibInstance {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projectColumns = List.copyOf(projectColumns);
        projects = List.copyOf(projects);
        voteColumns = List.copyOf(voteColumns);
        votes = List.copyOf(votes);
        Set<String> projectAttributes = otherColumns(projectColumns, PROJECT_ID, COST);
        Set<String> voteAttributes = otherColumns(voteColumns, VOTER_ID, VOTE);
        Set<String> ids = new HashSet<>();
        for (PabulibProject project : projects) {
            if (!ids.add(project.id())) {
                throw new IllegalArgumentException("project " + project.id() + " appears twice");
            }
            if (!project.attributes().keySet().equals(projectAttributes)) {
                throw new IllegalArgumentException("project " + project.id() + " does not match the columns");
            }
        }
        for (PabulibVote vote : votes) {
            if (!vote.attributes().keySet().equals(voteAttributes)) {
                throw new IllegalArgumentException("voter " + vote.voterId() + " does not match the columns");
            }
            if (!ids.containsAll(vote.vote())) {
                throw new IllegalArgumentException("voter " + vote.voterId() + " lists an unknown project");
            }
        }
    }

    private static Set<String> otherColumns(List<String> columns, String... required) {
        Set<String> others = new HashSet<>(columns);
        if (others.size() != columns.size()) {
            throw new IllegalArgumentException("duplicate column in " + columns);
        }
        for (String column : required) {
            if (!others.remove(column)) {
                throw new IllegalArgumentException("missing column " + column + " in " + columns);
            }
        }
        return others;
    }

    /** The budget from META, exactly as written. */
    public BigDecimal budget() {
        String budget = meta.get("budget");
        if (budget == null) {
            throw new IllegalStateException("META has no budget");
        }
        return new BigDecimal(budget);
    }

    public BallotBox toBallotBox() {
        return new BallotBox(
                projects.stream().map(project -> new BudgetProject(project.id(), project.cost())).toList(),
                budget(),
                votes.stream().map(vote -> new ApprovalBallot(Set.copyOf(vote.vote()))).toList());
    }

    /** An approval-ballot instance for exporting a ballot box; voters are numbered from 1 in ballot order. */
    public static PabulibInstance of(BallotBox box, Map<String, String> meta) {
        return of(box, meta, Map.of());
    }

    /** The same with a {@code name} column for the projects, when {@code names} gives any. */
    public static PabulibInstance of(BallotBox box, Map<String, String> meta, Map<String, String> names) {
        Map<String, String> allMeta = new LinkedHashMap<>(meta);
        allMeta.put("num_projects", Integer.toString(box.projects().size()));
        allMeta.put("num_votes", Integer.toString(box.ballots().size()));
        allMeta.put("budget", box.budget().toPlainString());
        allMeta.putIfAbsent("vote_type", "approval");
        List<PabulibProject> projects = box.projects().stream()
                .map(project -> new PabulibProject(project.id(), project.cost(),
                        names.isEmpty() ? Map.of() : Map.of("name", names.getOrDefault(project.id(), project.id()))))
                .toList();
        List<PabulibVote> votes = IntStream.range(0, box.ballots().size())
                .mapToObj(i -> new PabulibVote(Integer.toString(i + 1),
                        box.projects().stream()
                                .map(BudgetProject::id)
                                .filter(box.ballots().get(i)::approves)
                                .toList(),
                        Map.of()))
                .toList();
        List<String> projectColumns = names.isEmpty() ? List.of(PROJECT_ID, COST) : List.of(PROJECT_ID, COST, "name");
        return new PabulibInstance(allMeta, projectColumns, projects, List.of(VOTER_ID, VOTE), votes);
    }
}

package nl.stadmaken.budget.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheWinnersInSelectionOrderThenTheTotalCost() {
        String file = ReferenceData.file("poland_wieliczka_2023.pb").toString();
        PrintStream console = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            TallyCommand.main(new String[] {file, "--rule", "equal-shares"});
        } finally {
            System.setOut(console);
        }

        List<String> expected = new ArrayList<>(
                ReferenceData.expectedWinners().get("poland_wieliczka_2023.pb").get("equal-shares"));
        expected.add("995079");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void printsDecimalTotalsExactly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("decimals.pb");
        Files.writeString(file, """
                META
                key;value
                budget;216829.41
                PROJECTS
                project_id;cost
                a;100000.40
                b;116829.01
                c;5
                VOTES
                voter_id;vote
                1;a,b
                2;a,c
                """);

        int status = run("--rule", "greedy", file.toString());

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("a", "b", "216829.41");
    }

    @Test
    void rejectsAMissingRuleWithUsageAndStatus2() {
        assertThat(run("some.pb")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --rule").contains("usage:");
        assertThat(out.size()).isZero();
    }

    @Test
    void rejectsAnUnknownRuleWithStatus2() {
        assertThat(run("some.pb", "--rule", "borda")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown rule 'borda'")
                .contains("greedy|equal-shares|equal-shares-greedy|equal-shares-without-completion");
    }

    @Test
    void rejectsAMissingFileOrExtraArgumentsWithStatus2() {
        assertThat(run("--rule", "greedy")).isEqualTo(2);
        assertThat(run("a.pb", "b.pb", "--rule", "greedy")).isEqualTo(2);
        assertThat(run("a.pb", "--rule")).isEqualTo(2);
    }

    @Test
    void reportsAMalformedFileWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.pb");
        Files.writeString(file, "META\nkey;value\nbudget;ten\n");

        assertThat(run(file.toString(), "--rule", "greedy")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3").contains("budget 'ten'");
    }

    @Test
    void reportsAnUnreadableFile(@TempDir Path dir) {
        assertThat(run(dir.resolve("absent.pb").toString(), "--rule", "greedy")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read");
    }

    private int run(String... args) {
        return TallyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}

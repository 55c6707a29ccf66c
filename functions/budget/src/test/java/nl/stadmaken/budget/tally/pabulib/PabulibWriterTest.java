package nl.stadmaken.budget.tally.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.stadmaken.budget.tally.ApprovalBallot;
import nl.stadmaken.budget.tally.BallotBox;
import nl.stadmaken.budget.tally.BudgetProject;
import nl.stadmaken.budget.tally.ReferenceData;

class PabulibWriterTest {

    static List<String> referenceFiles() {
        return ReferenceData.instanceNames();
    }

    @ParameterizedTest
    @MethodSource("referenceFiles")
    void writingThenReadingAReferenceFileGivesTheSameInstance(String name) {
        PabulibInstance instance = ReferenceData.instance(name);

        assertThat(PabulibReader.parse(PabulibWriter.toText(instance))).isEqualTo(instance);
    }

    @Test
    void quotesWhatWouldOtherwiseBeMisread(@TempDir Path dir) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", "Semicolon; \"quotes\"\nand a line break");
        meta.put("padded", "  spaces around  ");
        meta.put("budget", "100.50");
        PabulibInstance instance = new PabulibInstance(meta,
                List.of("project_id", "cost", "name"),
                List.of(new PabulibProject("a", new BigDecimal("0.10"), Map.of("name", "\"Quoted\"")),
                        new PabulibProject("b", new BigDecimal("12"), Map.of("name", ""))),
                List.of("voter_id", "vote", "district"),
                List.of(new PabulibVote("1", List.of("b", "a"), Map.of("district", "Noord; Oost")),
                        new PabulibVote("2", List.of(), Map.of("district", "Zuid"))));
        Path file = dir.resolve("round.pb");

        PabulibWriter.write(instance, file);

        assertThat(PabulibReader.read(file)).isEqualTo(instance);
        assertThat(PabulibWriter.toText(instance)).contains("a;0.10;\"\"\"Quoted\"\"\"\n", "1;b,a;\"Noord; Oost\"\n");
    }

    @Test
    void exportsABallotBoxThatReadsBackTheSame() {
        BallotBox box = new BallotBox(
                List.of(new BudgetProject("p1", new BigDecimal("1500.25")), new BudgetProject("p2", BigDecimal.TEN)),
                new BigDecimal("2000.00"),
                List.of(ApprovalBallot.of("p2", "p1"), ApprovalBallot.of("p2"), ApprovalBallot.of()));

        PabulibInstance exported = PabulibInstance.of(box, Map.of("description", "Round 1"));
        PabulibInstance read = PabulibReader.parse(PabulibWriter.toText(exported));

        assertThat(read).isEqualTo(exported);
        assertThat(read.toBallotBox()).isEqualTo(box);
        assertThat(read.meta()).containsEntry("budget", "2000.00").containsEntry("num_votes", "3")
                .containsEntry("vote_type", "approval");
        assertThat(read.votes().get(0).vote()).containsExactly("p1", "p2");
    }
}

package nl.stadmaken.budget.tally.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.stadmaken.budget.tally.ApprovalBallot;
import nl.stadmaken.budget.tally.BallotBox;
import nl.stadmaken.budget.tally.BudgetProject;
import nl.stadmaken.budget.tally.ReferenceData;

class PabulibReaderTest {

    private static final String SMALL = """
            META
            key;value
            description;"Local PB; district ""Centrum""\"
            budget;216829.41
            vote_type;approval
            PROJECTS
            project_id;name;cost;votes
            1;"Park; with benches";75000;2
            2;"The ""green"" roof";3571.5;1
            3;Library;0.01;0
            VOTES
            voter_id;age;vote
            10;34;1,2
            11;;1
            12;50;
            """;

    @Test
    void readsColumnsByHeaderNameWithQuotedFields() {
        PabulibInstance instance = PabulibReader.parse(SMALL);

        assertThat(instance.meta()).containsEntry("description", "Local PB; district \"Centrum\"");
        assertThat(instance.projectColumns()).containsExactly("project_id", "name", "cost", "votes");
        assertThat(instance.projects()).extracting(PabulibProject::id).containsExactly("1", "2", "3");
        assertThat(instance.projects().get(0).attributes()).containsEntry("name", "Park; with benches");
        assertThat(instance.projects().get(1).attributes()).containsEntry("name", "The \"green\" roof");
        assertThat(instance.votes().get(0).vote()).containsExactly("1", "2");
        assertThat(instance.votes().get(1).attributes()).containsEntry("age", "");
        assertThat(instance.votes().get(2).vote()).isEmpty();
    }

    @Test
    void readsDecimalsExactly() {
        PabulibInstance instance = PabulibReader.parse(SMALL);

        assertThat(instance.budget()).isEqualTo(new BigDecimal("216829.41"));
        assertThat(instance.projects()).extracting(PabulibProject::cost)
                .containsExactly(new BigDecimal("75000"), new BigDecimal("3571.5"), new BigDecimal("0.01"));
    }

    @Test
    void makesABallotBoxOfTheApprovals() {
        BallotBox box = PabulibReader.parse(SMALL).toBallotBox();

        assertThat(box.budget()).isEqualTo(new BigDecimal("216829.41"));
        assertThat(box.projects()).containsExactly(
                new BudgetProject("1", new BigDecimal("75000")),
                new BudgetProject("2", new BigDecimal("3571.5")),
                new BudgetProject("3", new BigDecimal("0.01")));
        assertThat(box.ballots()).containsExactly(
                ApprovalBallot.of("1", "2"), ApprovalBallot.of("1"), ApprovalBallot.of());
    }

    @Test
    void acceptsWindowsLineEndingsAByteOrderMarkAndQuotedLineBreaks() {
        String text = "\uFEFF" + SMALL.replace("Library", "\"Library\nwing\"").replace("\n", "\r\n");

        PabulibInstance instance = PabulibReader.parse(text);

        assertThat(instance.projects().get(2).attributes()).containsEntry("name", "Library\r\nwing");
        assertThat(instance.votes()).hasSize(3);
    }

    @Test
    void acceptsMetaWithoutItsKeyValueHeader() {
        PabulibInstance instance = ReferenceData.instance("poland_warszawa_2017_grochow-kinowa.pb");

        assertThat(instance.meta()).containsEntry("description", "Local PB in Warsaw, Praga-Południe | Grochów Kinowa");
        assertThat(instance.budget()).isEqualTo(new BigDecimal("216829.41"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            cost that is not a number       | 1;Park;abc;2                | 8  | cost 'abc'
            negative cost                   | 1;Park;-5;2                 | 8  | cost '-5'
            cost in exponent notation       | 1;Park;1e5;2                | 8  | cost '1e5'
            too few fields                  | 1;Park;75000                | 8  | expected 4 fields
            repeated project id             | 2;Again;1;0                 | 9  | project 2 appears twice
            quote inside an unquoted field  | 1;Pa"rk;75000;2             | 8  | quote inside an unquoted field
            text after a closing quote      | 1;"Park"x;75000;2           | 8  | after a closing quote
            """)
    void rejectsAMalformedProjectRowNamingItsLine(String problem, String row, int line, String message) {
        String text = SMALL.replace("1;\"Park; with benches\";75000;2", row);

        assertThatThrownBy(() -> PabulibReader.parse(text))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageStartingWith("line " + line + ": ")
                .hasMessageContaining(message)
                .extracting(e -> ((PabulibFormatException) e).line()).isEqualTo(line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown project in a vote   | 10;34;1,7     | 13 | unknown project '7'
            empty entry in a vote list  | 10;34;1,,2    | 13 | unknown project ''
            project voted twice         | 10;34;1,1     | 13 | project 1 twice
            repeated voter              | 11;34;1       | 14 | voter 11 appears twice
            """)
    void rejectsAMalformedVoteNamingItsLine(String problem, String row, int line, String message) {
        String text = SMALL.replace("10;34;1,2", row);

        assertThatThrownBy(() -> PabulibReader.parse(text))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageStartingWith("line " + line + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void rejectsBrokenStructureNamingTheLine() {
        assertProblem("description;x\n" + SMALL, 1, "expected META");
        assertProblem(SMALL.substring(0, SMALL.indexOf("VOTES")), 10, "missing VOTES section");
        assertProblem(SMALL.replace("PROJECTS", "VOTES"), 6, "unexpected section VOTES");
        assertProblem(SMALL.replace("budget;216829.41\n", ""), 5, "META has no budget");
        assertProblem(SMALL.replace("budget;216829.41", "budget;216829,41"), 4, "budget '216829,41'");
        assertProblem(SMALL.replace("vote_type;approval", "vote_type;approval;extra"), 5, "key and a value");
        assertProblem(SMALL.replace("project_id;name;cost;votes", "project_id;name;price;votes"), 7,
                "lacks the column cost");
        assertProblem(SMALL.replace("voter_id;age;vote", "voter_id;age;age;vote"), 12, "repeated column");
        assertProblem(SMALL.replace("3;Library;0.01;0", "3;\"Library;0.01;0"), 10, "never closed");
        assertProblem("", 1, "missing META section");
    }

    @Test
    void readsEveryReferenceFile() {
        for (String name : ReferenceData.instanceNames()) {
            assertThat(ReferenceData.instance(name).votes()).as(name).isNotEmpty();
        }
        assertThat(ReferenceData.instance("poland_gdansk_2020_.pb").votes()).hasSize(30_237);
        assertThat(ReferenceData.instance("poland_gdansk_2020_.pb").projects().stream()
                .filter(project -> project.id().equals("20"))
                .map(project -> project.attributes().get("name"))
                .toList()).singleElement().asString().startsWith("\"BEZPIECZNY GDAŃSK\" - ");
    }

    private static void assertProblem(String text, int line, String message) {
        assertThatThrownBy(() -> PabulibReader.parse(text))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageStartingWith("line " + line + ": ")
                .hasMessageContaining(message);
    }
}

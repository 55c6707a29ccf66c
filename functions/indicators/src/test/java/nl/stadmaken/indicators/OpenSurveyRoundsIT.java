package nl.stadmaken.indicators;

import static nl.stadmaken.indicators.IndicatorsFixture.expect;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The survey page learns from the questions which rounds take answers today, and nothing staff keep to themselves. */
@ExtendWith(DynamoDbExtension.class)
class OpenSurveyRoundsIT {

    private final Clock clock = IndicatorsFixture.realTimeClock();
    private final HandlerClient client;

    OpenSurveyRoundsIT(TestTables tables) {
        this.client = IndicatorsFixture.client(tables, clock);
    }

    @Test
    void theQuestionsNameOnlyTheRoundsOpenToday() {
        LocalDate today = IndicatorsFixture.today(clock);
        expect(client.post("/staff/survey/rounds", round("nu-open", today, today.plusDays(10), true), STAFF), 201);
        expect(client.post("/staff/survey/rounds", round("volgende-maand", today.plusDays(30), today.plusDays(60), false), STAFF), 201);
        expect(client.post("/staff/survey/rounds", round("al-gesloten", today.minusDays(5), today.plusDays(5), false), STAFF), 201);
        expect(client.post("/staff/survey/rounds/al-gesloten/close", "", STAFF), 200);

        JsonNode open = expect(client.get("/survey/questions", RESIDENT), 200).json().path("openRounds");

        assertThat(open.findValuesAsText("id")).containsExactly("nu-open");
        JsonNode round = open.get(0);
        assertThat(round.path("opensOn").asText()).isEqualTo(today.toString());
        assertThat(round.path("closesOn").asText()).isEqualTo(today.plusDays(10).toString());
        assertThat(round.path("tokensRequired").asBoolean()).isTrue();
        assertThat(round.has("closed")).isFalse();
        assertThat(round.has("createdAt")).isFalse();
    }

    @Test
    void aRoundWithABlankDateIsRefusedNamingIt() {
        JsonNode problem = expect(client.post("/staff/survey/rounds", """
                {"id": "leeg", "title": "QSLD-meting", "opensOn": " \\t ", "closesOn": "2027-06-30", "tokensRequired": false}
                """, STAFF), 422).json();

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("opensOn");
        assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("required");
    }

    private static String round(String id, LocalDate opensOn, LocalDate closesOn, boolean tokens) {
        return """
                {"id": "%s", "title": "QSLD-meting", "opensOn": "%s", "closesOn": "%s", "tokensRequired": %s}
                """.formatted(id, opensOn, closesOn, tokens);
    }
}

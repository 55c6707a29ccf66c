package nl.stadmaken.indicators;

import static nl.stadmaken.indicators.IndicatorsFixture.expect;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

@ExtendWith(DynamoDbExtension.class)
class SurveyTokenIT {

    private final Clock clock = IndicatorsFixture.realTimeClock();
    private final TestTables tables;
    private final HandlerClient client;

    SurveyTokenIT(TestTables tables) {
        this.tables = tables;
        this.client = IndicatorsFixture.client(tables, clock);
    }

    @Test
    void aPanelTokenAnswersOnceAndIsNeverStored() {
        expect(client.post("/staff/survey/rounds", IndicatorsFixture.surveyRound("panel", IndicatorsFixture.today(clock), true), STAFF), 201);
        JsonNode tokens = expect(client.post("/staff/survey/rounds/panel/tokens", "{\"count\": 2}", STAFF), 201).json().path("tokens");
        String token = tokens.get(0).asText();

        var without = client.post("/survey/responses", IndicatorsFixture.response("panel", "raadslid", 4), RESIDENT);
        var first = client.post("/survey/responses", withToken(token), RESIDENT);
        var again = client.post("/survey/responses", withToken(token.toLowerCase().replace("-", "")), RESIDENT);
        var garbled = client.post("/survey/responses", withToken("\\u001b[31m" + tokens.get(1).asText()), RESIDENT);

        assertThat(without.status()).isEqualTo(422);
        assertThat(garbled.status()).isEqualTo(422);
        assertThat(garbled.json().path("errors").get(0).path("field").asText()).isEqualTo("token");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(403);
        String stored = tables.client().scan(ScanRequest.builder().tableName(tables.name("IndicatorsTable")).build()).items().toString();
        assertThat(stored).doesNotContain(token).doesNotContain(token.replace("-", ""));
    }

    private static String withToken(String token) {
        return "{\"round\": \"panel\", \"group\": \"raadslid\", \"answers\": {\"4\": 5}, \"token\": \"" + token + "\"}";
    }
}

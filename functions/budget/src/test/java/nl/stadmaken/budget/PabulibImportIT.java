package nl.stadmaken.budget;

import static nl.stadmaken.budget.BudgetFixture.expect;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.JsonTrees;
import nl.stadmaken.testkit.RepositoryPaths;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class PabulibImportIT {

    private static final Path PABULIB = RepositoryPaths.sharedData().resolve("pabulib");
    private final HandlerClient client;

    PabulibImportIT(TestTables tables) {
        this.client = BudgetFixture.client(tables, new TestClock(BudgetFixture.AFTER));
    }

    @Test
    void importedRoundIsCountedAsTheReferenceCountsIt() throws Exception {
        String file = "poland_warszawa_2017_grochow-kinowa.pb";
        JsonNode expected = JsonTrees.read(Files.readString(PABULIB.resolve("expected.json"))).path(file);

        JsonNode result = expect(client.post("/staff/budget/rounds/import", Json.write(java.util.Map.of(
                "id", "grochow-kinowa", "tallyRule", "equal-shares", "pb", Files.readString(PABULIB.resolve(file)))), STAFF), 201).json();

        assertThat(texts(result.path("official").path("winners"))).isEqualTo(texts(expected.path("equal-shares")));
        assertThat(texts(result.path("greedy").path("winners"))).isEqualTo(texts(expected.path("greedy")));
        assertThat(result.path("turnout").path("ballotsCast").asInt()).isEqualTo(713);
        assertThat(client.get("/staff/budget/rounds/grochow-kinowa", STAFF).json().path("status").asText()).isEqualTo("closed");
    }

    @Test
    void exportedRoundReadsBackAsTheSameRound() throws Exception {
        String file = "poland_warszawa_2017_grochow-kinowa.pb";
        expect(client.post("/staff/budget/rounds/import", Json.write(java.util.Map.of(
                "id", "heen", "pb", Files.readString(PABULIB.resolve(file)))), STAFF), 201);
        String exported = expect(client.get("/staff/budget/rounds/heen/export", STAFF), 200).body();

        JsonNode again = expect(client.post("/staff/budget/rounds/import", Json.write(java.util.Map.of("id", "terug", "pb", exported)), STAFF), 201).json();

        JsonNode first = client.get("/staff/budget/rounds/heen/results", STAFF).json();
        assertThat(again.path("official")).isEqualTo(first.path("official"));
        assertThat(again.path("proposals").toString().replace("terug", "heen")).isEqualTo(first.path("proposals").toString());
    }

    @Test
    void malformedFileIsRefusedNamingTheField() {
        var refused = client.post("/staff/budget/rounds/import", "{\"id\": \"kapot\", \"pb\": \"META\\nkey;value\\n\"}", STAFF);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("pb");
        assertThat(client.get("/staff/budget/rounds/kapot", STAFF).status()).isEqualTo(404);
    }

    @Test
    void aTitleIsCheckedLikeAnyRoundsAndEveryWrongFieldIsNamedAtOnce() {
        var refused = client.post("/staff/budget/rounds/import",
                "{\"id\": \"bel\", \"title\": \"\\u0007\", \"pb\": \"geen pabulib\"}", STAFF);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("title", "pb");
        assertThat(client.get("/staff/budget/rounds/bel", STAFF).status()).isEqualTo(404);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}

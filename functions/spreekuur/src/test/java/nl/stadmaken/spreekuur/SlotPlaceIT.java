package nl.stadmaken.spreekuur;

import static nl.stadmaken.spreekuur.SpreekuurFixture.expect;
import static nl.stadmaken.spreekuur.SpreekuurFixture.host;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The wijk a slot is held in: checked against Haarlem's wijken, stored on the slot, shown to staff and residents. */
@ExtendWith(DynamoDbExtension.class)
class SlotPlaceIT {

    private final TestTables tables;
    private final HandlerClient client;

    SlotPlaceIT(TestTables tables) {
        this.tables = tables;
        this.client = SpreekuurFixture.client(tables);
    }

    @Test
    void aSlotInAWijkIsStoredWithItsWijkAndShownToStaffAndResidents() {
        host(client, "schalkwijk");

        JsonNode created = expect(client.post("/staff/spreekuur/slots", """
                {"host": "schalkwijk", "date": "2027-03-31", "start": "10:00", "minutes": 20, "location": "wijk",
                 "address": "Wijkcentrum De Ringvaart", "wijk": "WK039221"}
                """, STAFF), 201);

        assertThat(created.path("wijk").asText()).isEqualTo("WK039221");
        assertThat(slotItem(created.path("id").asText()).get("wijk").s()).isEqualTo("WK039221");
        JsonNode offered = client.get("/spreekuur/slots?host=schalkwijk", RESIDENT).json().path("slots");
        assertThat(offered.findValuesAsText("wijk")).containsExactly("WK039221");
    }

    @Test
    void everySlotOfASeriesOnABankjeCarriesItsWijk() {
        host(client, "bankje");

        JsonNode series = expect(client.post("/staff/spreekuur/slot-series", """
                {"host": "bankje", "weekday": "wednesday", "from": "14:00", "until": "15:00", "slotMinutes": 30,
                 "firstDate": "2027-03-24", "lastDate": "2027-04-07", "location": "participatiebankje",
                 "address": "Reinaldapark", "wijk": "WK039214"}
                """, STAFF), 201);

        assertThat(series.path("created").asInt()).isEqualTo(6);
        assertThat(series.path("slots").findValuesAsText("wijk")).hasSize(6).containsOnly("WK039214");
        assertThat(series.path("slots").findValuesAsText("id")).allSatisfy(id ->
                assertThat(slotItem(id).get("wijk").s()).isEqualTo("WK039214"));
    }

    @Test
    void aSlotWithoutAWijkStoresNone() {
        host(client, "zonder");

        String id = expect(client.post("/staff/spreekuur/slots", """
                {"host": "zonder", "date": "2027-03-31", "start": "11:00", "minutes": 20, "location": "wijk",
                 "address": "Buurthuis"}
                """, STAFF), 201).path("id").asText();

        assertThat(slotItem(id)).doesNotContainKey("wijk");
    }

    @Test
    void anUnknownWijkCodeIsRefusedNamingTheField() {
        host(client, "fout");

        var slot = client.post("/staff/spreekuur/slots", """
                {"host": "fout", "date": "2027-03-31", "start": "10:00", "minutes": 20, "location": "wijk",
                 "address": "Buurthuis", "wijk": "WK036301"}
                """, STAFF);
        var series = client.post("/staff/spreekuur/slot-series", """
                {"host": "fout", "weekday": "wednesday", "from": "14:00", "until": "15:00", "slotMinutes": 30,
                 "firstDate": "2027-03-24", "lastDate": "2027-04-07", "location": "wijk", "address": "Buurthuis",
                 "wijk": "Schalkwijk"}
                """, STAFF);

        assertThat(slot.status()).isEqualTo(422);
        assertThat(slot.json().path("errors").findValuesAsText("field")).containsExactly("wijk");
        assertThat(series.status()).isEqualTo(422);
        assertThat(series.json().path("errors").findValuesAsText("field")).containsExactly("wijk");
        assertThat(allSlots()).noneMatch(item -> item.get("hostId").s().equals("fout"));
    }

    @Test
    void anOnlineSlotTakesNoWijk() {
        host(client, "online");

        var slot = client.post("/staff/spreekuur/slots", """
                {"host": "online", "date": "2027-03-31", "start": "10:00", "minutes": 20, "location": "online",
                 "wijk": "WK039201"}
                """, STAFF);

        assertThat(slot.status()).isEqualTo(422);
        assertThat(slot.json().path("errors").findValuesAsText("field")).containsExactly("wijk");
    }

    private Map<String, AttributeValue> slotItem(String id) {
        return allSlots().stream().filter(item -> item.get("id").s().equals(id)).findFirst().orElseThrow();
    }

    private List<Map<String, AttributeValue>> allSlots() {
        return tables.client().scan(scan -> scan.tableName(tables.name("SpreekuurTable"))).items().stream()
                .filter(item -> item.get("sk").s().equals("SLOT")).toList();
    }
}

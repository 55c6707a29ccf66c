package nl.stadmaken.spreekuur;

import static nl.stadmaken.spreekuur.SpreekuurFixture.booking;
import static nl.stadmaken.spreekuur.SpreekuurFixture.expect;
import static nl.stadmaken.spreekuur.SpreekuurFixture.host;
import static nl.stadmaken.spreekuur.SpreekuurFixture.slot;
import static nl.stadmaken.spreekuur.SpreekuurFixture.token;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.StreamEvents;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
class BookingIT {

    private final TestTables tables;
    private final HandlerClient client;

    BookingIT(TestTables tables) {
        this.tables = tables;
        this.client = SpreekuurFixture.client(tables);
    }

    @Test
    void bookingReturnsAManageTokenOnceAndKeepsOnlyItsHash() {
        host(client, "eerste");
        String slot = slot(client, "eerste", "2027-03-29", "09:00", 1);

        JsonNode receipt = expect(client.post("/spreekuur/slots/" + slot + "/bookings", booking("Anna", "anna@example.nl"), RESIDENT), 201);

        String token = receipt.path("manageToken").asText();
        assertThat(receipt.path("status").asText()).isEqualTo("booked");
        assertThat(receipt.path("bookedBy").asText()).isEqualTo("resident");
        assertThat(receipt.path("slot").path("startsAt").asText()).isEqualTo("2027-03-29T09:00:00+02:00");
        assertThat(receipt.path("calendar").asText()).contains("METHOD:REQUEST", "SEQUENCE:0");
        assertThat(allItems().toString()).doesNotContain(token.substring(token.indexOf('.') + 1));
        JsonNode seen = expect(client.post("/spreekuur/bookings/lookup", token(token), RESIDENT), 200);
        assertThat(seen.path("resident").path("name").asText()).isEqualTo("Anna");
        assertThat(seen.has("manageToken")).isFalse();
    }

    @Test
    void rejectsSecondBookingOfAOneSeatSlot() {
        host(client, "vol");
        String slot = slot(client, "vol", "2027-03-29", "09:00", 1);
        expect(client.post("/spreekuur/slots/" + slot + "/bookings", booking("Een", "een@example.nl"), RESIDENT), 201);

        var second = client.post("/spreekuur/slots/" + slot + "/bookings", booking("Twee", "twee@example.nl"), RESIDENT);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("type").asText()).isEqualTo("urn:stadmaken:problem:slot-full");
        assertThat(second.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aResidentHasAtMostOneFutureBookingPerHostKeyedOnTheNormalisedContact() {
        host(client, "een-per-persoon");
        String first = slot(client, "een-per-persoon", "2027-03-29", "09:00", 3);
        String second = slot(client, "een-per-persoon", "2027-03-29", "10:00", 3);
        expect(client.post("/spreekuur/slots/" + first + "/bookings", booking("Kees", "kees@example.nl"), RESIDENT), 201);

        var again = client.post("/spreekuur/slots/" + second + "/bookings", booking("Kees", "  KEES@Example.NL "), RESIDENT);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).isEqualTo("urn:stadmaken:problem:already-booked");
        assertThat(again.json().path("errors").get(0).path("field").asText()).isEqualTo("email");
        assertThat(allItems().toString()).doesNotContain("kees@example.nl\n");
    }

    @Test
    void cancellingFreesTheSeatTwiceAnswersTheSameAndTheTokenCannotReviveIt() {
        host(client, "annuleren");
        String slot = slot(client, "annuleren", "2027-03-29", "09:00", 1);
        String other = slot(client, "annuleren", "2027-03-29", "11:00", 1);
        String token = expect(client.post("/spreekuur/slots/" + slot + "/bookings", booking("Els", "els@example.nl"), RESIDENT), 201)
                .path("manageToken").asText();

        JsonNode cancelled = expect(client.post("/spreekuur/bookings/cancel", token(token), RESIDENT), 200);
        JsonNode again = expect(client.post("/spreekuur/bookings/cancel", token(token), RESIDENT), 200);

        assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.path("calendar").asText()).contains("METHOD:CANCEL", "SEQUENCE:1", "STATUS:CANCELLED");
        assertThat(again.path("sequence").asInt()).isEqualTo(1);
        assertThat(cancelled.has("resident")).isFalse();
        var move = client.post("/spreekuur/bookings/move", "{\"token\": \"" + token + "\", \"slotId\": \"" + other + "\"}", RESIDENT);
        assertThat(move.status()).isEqualTo(409);
        assertThat(allItems().toString()).doesNotContain("els@example.nl\"");
        expect(client.post("/spreekuur/slots/" + slot + "/bookings", booking("Els", "els@example.nl"), RESIDENT), 201);
    }

    @Test
    void movingTakesTheNewSeatAndFreesTheOldOneWithAHigherSequence() {
        host(client, "verplaatsen");
        String from = slot(client, "verplaatsen", "2027-03-29", "09:00", 1);
        String to = slot(client, "verplaatsen", "2027-03-29", "09:30", 1);
        String token = expect(client.post("/spreekuur/slots/" + from + "/bookings", booking("Piet", "piet@example.nl"), RESIDENT), 201)
                .path("manageToken").asText();

        JsonNode moved = expect(client.post("/spreekuur/bookings/move",
                "{\"token\": \"" + token + "\", \"slotId\": \"" + to + "\"}", RESIDENT), 200);

        assertThat(moved.path("slot").path("id").asText()).isEqualTo(to);
        assertThat(moved.path("sequence").asInt()).isEqualTo(1);
        assertThat(moved.path("calendar").asText()).contains("METHOD:REQUEST", "SEQUENCE:1", "DTSTART;TZID=Europe/Amsterdam:20270329T093000");
        expect(client.post("/spreekuur/slots/" + from + "/bookings", booking("Ria", "ria@example.nl"), RESIDENT), 201);
        assertThat(client.post("/spreekuur/slots/" + to + "/bookings", booking("Sem", "sem@example.nl"), RESIDENT).status()).isEqualTo(409);
    }

    @Test
    void movingToAFullSlotKeepsTheOldSeat() {
        host(client, "vol-doel");
        String from = slot(client, "vol-doel", "2027-03-29", "09:00", 1);
        String to = slot(client, "vol-doel", "2027-03-29", "09:30", 1);
        String token = expect(client.post("/spreekuur/slots/" + from + "/bookings", booking("Aad", "aad@example.nl"), RESIDENT), 201)
                .path("manageToken").asText();
        expect(client.post("/spreekuur/slots/" + to + "/bookings", booking("Bep", "bep@example.nl"), RESIDENT), 201);

        var move = client.post("/spreekuur/bookings/move", "{\"token\": \"" + token + "\", \"slotId\": \"" + to + "\"}", RESIDENT);

        assertThat(move.status()).isEqualTo(409);
        JsonNode still = expect(client.post("/spreekuur/bookings/lookup", token(token), RESIDENT), 200);
        assertThat(still.path("slot").path("id").asText()).isEqualTo(from);
        assertThat(still.path("slot").path("seatsLeft").asInt()).isZero();
    }

    @Test
    void staffBookOnBehalfWithANoteAndSeeItInTheAgenda() {
        host(client, "namens");
        String slot = slot(client, "namens", "2027-03-22", "15:00", 2);

        JsonNode receipt = expect(client.post("/staff/spreekuur/slots/" + slot + "/bookings", """
                {"name": "Mevrouw Jansen", "phone": "+31 6 12345678", "topic": "Bankje bij de bushalte",
                 "accessibility": "rolstoel", "note": "Belde om 11:00"}
                """, STAFF), 201);

        assertThat(receipt.path("bookedBy").asText()).isEqualTo("staff");
        JsonNode agenda = expect(client.get("/staff/spreekuur/agenda?host=namens&date=2027-03-22", STAFF), 200);
        JsonNode booked = agenda.path("slots").get(0).path("bookings").get(0);
        assertThat(booked.path("note").asText()).isEqualTo("Belde om 11:00");
        assertThat(booked.path("accessibility").asText()).isEqualTo("rolstoel");
        var resident = client.post("/spreekuur/slots/" + slot + "/bookings", """
                {"name": "Iemand", "email": "iemand@example.nl", "topic": "x", "note": "mag niet"}
                """, RESIDENT);
        assertThat(resident.status()).isEqualTo(422);
        assertThat(resident.json().path("errors").findValuesAsText("field")).contains("note");
    }

    @Test
    void residentsCannotBookInsideTheMinimumNoticeButStaffCan() {
        host(client, "kort-dag");
        String soon = slot(client, "kort-dag", "2027-03-22", "12:00", 2);

        var resident = client.post("/spreekuur/slots/" + soon + "/bookings", booking("Laat", "laat@example.nl"), RESIDENT);

        assertThat(resident.status()).isEqualTo(409);
        assertThat(resident.json().path("type").asText()).isEqualTo("urn:stadmaken:problem:outside-booking-window");
        expect(client.post("/staff/spreekuur/slots/" + soon + "/bookings", booking("Laat", "laat@example.nl"), STAFF), 201);
    }

    @Test
    void cancellingASlotCancelsItsBookingsAndTellsTheResidents() {
        host(client, "afgezegd");
        String slot = slot(client, "afgezegd", "2027-03-30", "14:00", 2);
        String token = expect(client.post("/spreekuur/slots/" + slot + "/bookings", booking("Ali", "ali@example.nl"), RESIDENT), 201)
                .path("manageToken").asText();
        expect(client.post("/spreekuur/slots/" + slot + "/bookings", booking("Bo", "bo@example.nl"), RESIDENT), 201);

        JsonNode cancelled = expect(client.post("/staff/spreekuur/slots/" + slot + "/cancel", null, STAFF), 200);
        expect(client.post("/staff/spreekuur/slots/" + slot + "/cancel", null, STAFF), 200);

        assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
        assertThat(expect(client.post("/spreekuur/bookings/lookup", token(token), RESIDENT), 200).path("status").asText())
                .isEqualTo("cancelled");
        JsonNode outbox = expect(client.get("/staff/spreekuur/outbox?date=2027-03-22", STAFF), 200).path("notices");
        List<String> cancellations = outbox.findValuesAsText("kind").stream().filter("cancellation"::equals).toList();
        assertThat(cancellations).hasSize(2);
        assertThat(client.get("/spreekuur/slots?host=afgezegd", RESIDENT).json().path("slots")).isEmpty();
        List<JsonNode> mailed = new ArrayList<>();
        for (JsonNode record : StreamEvents.forFunction(tables, "MailFunction").path("Records")) {
            JsonNode item = record.path("dynamodb").path("NewImage");
            if (item.path("attachmentType").path("S").asText().endsWith("method=CANCEL")
                    && List.of("ali@example.nl", "bo@example.nl").contains(item.path("email").path("S").asText())) {
                mailed.add(item);
            }
        }
        assertThat(mailed).as("what the mail function is given from this table's stream").hasSize(2).allSatisfy(item -> {
            assertThat(item.path("subject").path("S").asText()).startsWith("Geannuleerd: spreekuur met");
            assertThat(item.path("attachment").path("S").asText()).contains("METHOD:CANCEL");
        });
    }

    @Test
    void personalDataExpiresThirtyDaysAfterTheSlotDay() {
        host(client, "bewaren");
        String slot = slot(client, "bewaren", "2027-03-29", "09:00", 1);
        expect(client.post("/spreekuur/slots/" + slot + "/bookings", booking("Joop", "joop@example.nl"), RESIDENT), 201);

        List<Map<String, AttributeValue>> personal = allItems().stream()
                .filter(item -> item.containsKey("email") && item.get("email").s().equals("joop@example.nl")).toList();

        assertThat(personal).hasSize(2);
        long expected = Instant.parse("2027-04-28T22:00:00Z").getEpochSecond();
        assertThat(personal).allSatisfy(item -> assertThat(Long.parseLong(item.get("expiresAt").n())).isEqualTo(expected));
    }

    @Test
    void freeSlotsAreFilteredByHostTopicAndLocation() {
        host(client, "zoeken");
        String slot = slot(client, "zoeken", "2027-03-31", "09:00", 1);

        assertThat(client.get("/spreekuur/slots?topic=wonen&location=stadhuis&from=2027-03-31&to=2027-03-31", RESIDENT)
                .json().path("slots").findValuesAsText("id")).contains(slot);
        assertThat(client.get("/spreekuur/slots?host=zoeken&topic=sport", RESIDENT).json().path("slots")).isEmpty();
        assertThat(client.get("/spreekuur/slots?host=zoeken&location=online", RESIDENT).json().path("slots")).isEmpty();
        assertThat(client.get("/spreekuur/slots?location=kasteel", RESIDENT).status()).isEqualTo(422);
        assertThat(client.get("/spreekuur/slots?host=" + "z".repeat(3_000), RESIDENT).json().path("errors").findValuesAsText("field"))
                .as("a host id too long for a DynamoDB key is refused, not looked up").containsExactly("host");
    }

    private List<Map<String, AttributeValue>> allItems() {
        return tables.client().scan(scan -> scan.tableName(tables.name("SpreekuurTable"))).items();
    }
}

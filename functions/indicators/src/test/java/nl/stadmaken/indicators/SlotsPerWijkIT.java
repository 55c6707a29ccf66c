package nl.stadmaken.indicators;

import static nl.stadmaken.indicators.IndicatorsFixture.expect;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stadmaken.spreekuur.SpreekuurHandler;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff plan slots in wijken, on a bankje, in the city hall and in a wijk they do not name; the job counts slots
 * offered and booked and the seats taken per wijk and stadsdeel of the slot, and follows a later booking.
 */
@ExtendWith(DynamoDbExtension.class)
class SlotsPerWijkIT {

    private final Clock clock = IndicatorsFixture.realTimeClock();
    private final LocalDate tomorrow = IndicatorsFixture.today(clock).plusDays(1);
    private final HandlerClient spreekuur;
    private final HandlerClient indicators;
    private final IndicatorJob job;

    SlotsPerWijkIT(TestTables tables) {
        SpreekuurHandler handler = new SpreekuurHandler(tables.environmentOf("SpreekuurFunction"), tables.client(), clock);
        this.spreekuur = new HandlerClient(handler, "SpreekuurFunction", handler.api().routeKeys());
        this.indicators = IndicatorsFixture.client(tables, clock);
        this.job = IndicatorsFixture.job(tables, clock);
    }

    @Test
    void slotsOfferedAndBookedAreCountedPerWijkAndStadsdeelOfTheSlot() {
        expect(spreekuur.put("/staff/spreekuur/hosts/wethouder", """
                {"name": "Wethouder Wijken", "role": "wethouder", "topics": ["wijken"]}
                """, STAFF), 200);
        String meerwijk = slot("09:00", "wijk", "WK039221", 2);
        String vogelenwijk = slot("10:00", "participatiebankje", "WK039214", 2);
        String stadhuis = slot("11:00", "stadhuis", null, 1);
        slot("12:00", "wijk", null, 1);
        book(meerwijk, "een");
        book(meerwijk, "twee");
        book(stadhuis, "drie");

        job.run();

        JsonNode exact = yearForStaff();
        assertThat(cells(exact, "spreekuur-slots-offered", "wijk"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("WK039221", 1.0, "WK039214", 1.0, "city", 1.0, "unknown", 1.0));
        assertThat(cells(exact, "spreekuur-slots-offered", "stadsdeel"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Schalkwijk", 1.0, "Noord", 1.0, "city", 1.0, "unknown", 1.0));
        assertThat(cells(exact, "spreekuur-slots-booked", "wijk"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("WK039221", 1.0, "city", 1.0));
        assertThat(cells(exact, "spreekuur-utilisation", "wijk").get("WK039221")).isCloseTo(1.0, within(1e-9));
        assertThat(cells(exact, "spreekuur-utilisation", "stadsdeel").get("Noord")).isZero();

        book(vogelenwijk, "vier");
        AggregationRun.Report second = job.run();

        assertThat(second.itemsRead()).as("the new booking and its slot").isEqualTo(2);
        exact = yearForStaff();
        assertThat(cells(exact, "spreekuur-slots-booked", "stadsdeel")).containsEntry("Noord", 1.0);
        assertThat(cells(exact, "spreekuur-utilisation", "wijk").get("WK039214")).isCloseTo(0.5, within(1e-9));
    }

    private String slot(String start, String location, String wijk, int capacity) {
        String where = wijk == null ? "" : ", \"wijk\": \"" + wijk + "\"";
        return expect(spreekuur.post("/staff/spreekuur/slots", """
                {"host": "wethouder", "date": "%s", "start": "%s", "minutes": 30, "location": "%s",
                 "address": "Ergens in Haarlem", "capacity": %d%s}
                """.formatted(tomorrow, start, location, capacity, where), STAFF), 201).json().path("id").asText();
    }

    private void book(String slot, String who) {
        expect(spreekuur.post("/spreekuur/slots/" + slot + "/bookings", """
                {"name": "Bewoner", "email": "%s@example.nl", "topic": "Groen"}
                """.formatted(who), RESIDENT), 201);
    }

    private JsonNode yearForStaff() {
        return expect(indicators.get("/staff/indicators?period=year", STAFF), 200).json();
    }

    /** The figures of one breakdown of an indicator, by cell. */
    private static Map<String, Double> cells(JsonNode snapshot, String indicator, String dimension) {
        Map<String, Double> cells = new LinkedHashMap<>();
        for (JsonNode entry : snapshot.path("indicators")) {
            if (entry.path("id").asText().equals(indicator)) {
                for (JsonNode figure : entry.path("figures")) {
                    if (figure.path("dimension").asText().equals(dimension)) {
                        cells.put(figure.path("cell").asText(), figure.path("value").asDouble());
                    }
                }
            }
        }
        return cells;
    }
}

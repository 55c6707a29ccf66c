package nl.stadmaken.indicators;

import static nl.stadmaken.indicators.IndicatorsFixture.expect;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.stadmaken.participation.draw.PanelDrawHandler;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A panel's pool counts as sign-ups and as a panel pool of its own (G2), and its draw as a panel drawn (G5); a plain
 * trajectory's sign-ups are no panel pool, and a replacement draw is no new panel.
 */
@ExtendWith(DynamoDbExtension.class)
class PanelFiguresIT {

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final TestClock clock = new TestClock(start);
    private final HandlerClient participation;
    private final HandlerClient draws;
    private final HandlerClient indicators;
    private final IndicatorJob job;

    PanelFiguresIT(TestTables tables) {
        PanelDrawHandler d = new PanelDrawHandler(tables.environmentOf("PanelDrawFunction"), tables.client(), clock);
        this.participation = IndicatorsFixture.participation(tables, clock);
        this.draws = new HandlerClient(d, "PanelDrawFunction", d.api().routeKeys());
        this.indicators = IndicatorsFixture.client(tables, clock);
        this.job = IndicatorsFixture.job(tables, clock);
    }

    @Test
    void aPanelsPoolAndItsDrawAreCounted() {
        LocalDate today = IndicatorsFixture.today(clock);
        trajectory("wijkpanel", "\"kind\": \"panel\", \"panel\": {\"oneMemberPerHousehold\": false, "
                + "\"features\": [{\"name\": \"leeftijd\", \"values\": [\"jong\", \"oud\"]}]},", today);
        trajectory("bomen", "\"kind\": \"trajectory\",", today);
        expect(participation.put("/staff/trajectories/wijkpanel/panel/seed", "{\"seed\": \"raadsvergadering\"}", STAFF), 200);
        for (int i = 0; i < 8; i++) {
            expect(participation.post("/trajectories/wijkpanel/signups", """
                    {"name": "Lid %d", "email": "lid%d@example.nl", "consent": true, "wijk": "%s", "ageBand": "25-45",
                     "features": {"leeftijd": "%s"}}""".formatted(i, i, i < 6 ? "WK039201" : "WK039210", i % 2 == 0 ? "jong" : "oud"), RESIDENT), 201);
        }
        for (int i = 0; i < 3; i++) {
            expect(participation.post("/trajectories/bomen/signups", """
                    {"name": "Bewoner", "email": "bewoner%d@example.nl", "consent": true, "wijk": "WK039201"}""".formatted(i), RESIDENT), 201);
        }
        clock.set(start.plus(2, ChronoUnit.HOURS));
        JsonNode drawn = expect(draws.post("/staff/trajectories/wijkpanel/panel/draws", """
                {"panelSize": 4, "algorithm": "leximin", "quotas": [
                  {"feature": "leeftijd", "value": "jong", "min": 2, "max": 2}, {"feature": "leeftijd", "value": "oud", "min": 2, "max": 2}]}
                """, STAFF), 201).json();
        assertThat(drawn.path("panel")).hasSize(4);

        job.run();

        JsonNode exact = expect(indicators.get("/staff/indicators?period=year", STAFF), 200).json();
        assertThat(count(exact, "signups")).isEqualTo(11);
        assertThat(count(exact, "panels-drawn")).isEqualTo(1);
        JsonNode pool = figure(exact, "panel-pool-dissimilarity-stadsdeel");
        assertThat(pool.path("value").isNumber()).as(pool.toString()).isTrue();
        assertThat(pool.path("value").asDouble()).isNotEqualTo(figure(exact, "signups-dissimilarity-stadsdeel").path("value").asDouble());
    }

    private void trajectory(String id, String kind, LocalDate today) {
        IndicatorsFixture.publishTrajectory(participation, id, kind, start.minus(1, ChronoUnit.DAYS), start.plus(1, ChronoUnit.HOURS),
                today.plusDays(60), today.plusDays(90));
    }

    private static long count(JsonNode snapshot, String indicator) {
        return figure(snapshot, indicator).path("count").asLong(-1);
    }

    private static JsonNode figure(JsonNode snapshot, String indicator) {
        for (JsonNode entry : snapshot.path("indicators")) {
            if (entry.path("id").asText().equals(indicator)) {
                for (JsonNode figure : entry.path("figures")) {
                    if (figure.path("dimension").asText().equals("total")) {
                        return figure;
                    }
                }
            }
        }
        throw new AssertionError("no total of " + indicator + " in " + snapshot);
    }
}

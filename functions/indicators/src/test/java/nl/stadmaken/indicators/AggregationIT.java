package nl.stadmaken.indicators;

import static nl.stadmaken.indicators.IndicatorsFixture.expect;
import static nl.stadmaken.indicators.IndicatorsFixture.response;
import static nl.stadmaken.indicators.IndicatorsFixture.surveyRound;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.stadmaken.budget.BudgetHandler;
import nl.stadmaken.participation.ParticipationHandler;
import nl.stadmaken.spreekuur.SpreekuurHandler;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seeds the other functions' tables through their own handlers, runs the job, changes a few things (a sign-up, a
 * withdrawal, a ballot, a cancelled booking, a survey response) and runs it again: the second run reads only those.
 */
@ExtendWith(DynamoDbExtension.class)
class AggregationIT {

    private final Clock clock = IndicatorsFixture.realTimeClock();
    private final LocalDate today = IndicatorsFixture.today(clock);
    private final HandlerClient participation;
    private final HandlerClient budget;
    private final HandlerClient spreekuur;
    private final HandlerClient indicators;
    private final IndicatorJob job;

    AggregationIT(TestTables tables) {
        ParticipationHandler p = new ParticipationHandler(tables.environmentOf("ParticipationFunction"), tables.client(), clock);
        BudgetHandler b = new BudgetHandler(tables.environmentOf("BudgetFunction"), tables.client(), clock);
        SpreekuurHandler s = new SpreekuurHandler(tables.environmentOf("SpreekuurFunction"), tables.client(), clock);
        this.participation = new HandlerClient(p, "ParticipationFunction", p.api().routeKeys());
        this.budget = new HandlerClient(b, "BudgetFunction", b.api().routeKeys());
        this.spreekuur = new HandlerClient(s, "SpreekuurFunction", s.api().routeKeys());
        this.indicators = IndicatorsFixture.client(tables, clock);
        this.job = IndicatorsFixture.job(tables, clock);
    }

    @Test
    void secondRunReadsOnlyWhatChangedAndFiguresFollowTheChanges() {
        List<String> withdrawalTokens = signUps();
        List<String> codes = ballots();
        List<String> manageTokens = bookings();
        expect(indicators.post("/staff/survey/rounds", surveyRound("qsld-nu", today, false), STAFF), 201);
        int[] scores = {1, 2, 3, 4, 5};
        for (int score : scores) {
            expect(indicators.post("/survey/responses", response("qsld-nu", "inwoner", score), RESIDENT), 201);
        }

        AggregationRun.Report first = job.run();

        // 1 trajectory + 6 sign-ups, 1 round + 5 ballots, 1 slot + 5 bookings, 5 survey responses
        assertThat(first.itemsRead()).isEqualTo(24);
        JsonNode exact = year(true);
        assertThat(total(exact, "signups").path("count").asLong()).isEqualTo(6);
        assertThat(cell(exact, "signups", "stadsdeel", "Noord").path("count").asLong()).isEqualTo(1);
        assertThat(total(exact, "ballots").path("count").asLong()).isEqualTo(5);
        assertThat(total(exact, "spreekuur-utilisation").path("value").asDouble()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(total(exact, "spreekuur-outside-city-hall-share").path("value").asDouble()).isEqualTo(1.0);
        assertThat(total(exact, "complete-agreement-share").path("value").asDouble()).isEqualTo(1.0);
        JsonNode score = total(exact, "qsld-1.1");
        assertThat(score.path("value").asDouble()).isEqualTo(3.0);
        assertThat(score.path("lower").asDouble()).isCloseTo(1.0371, within(0.0001));
        JsonNode published = year(false);
        assertThat(cell(published, "signups", "stadsdeel", "Noord").path("suppressed").asBoolean()).isTrue();
        assertThat(cell(published, "signups", "stadsdeel", "Noord").has("count")).isFalse();
        assertThat(cell(published, "signups", "stadsdeel", "Centrum").path("suppressed").asBoolean()).isTrue();
        assertThat(total(published, "signups").path("count").asLong()).isEqualTo(6);
        assertThat(total(published, "signups-dissimilarity-stadsdeel").path("suppressed").asBoolean()).isTrue();

        expect(participation.post("/trajectories/bomen/signups", signUp("nieuw@example.nl", "WK039201"), RESIDENT), 201);
        expect(participation.post("/withdrawals", "{\"token\": \"" + withdrawalTokens.get(5) + "\"}", RESIDENT), 200);
        expect(budget.post("/budget/rounds/buurtbudget/ballots", ballot(codes.get(5)), RESIDENT), 201);
        expect(spreekuur.post("/spreekuur/bookings/cancel", "{\"token\": \"" + manageTokens.get(0) + "\"}", RESIDENT), 200);
        expect(indicators.post("/survey/responses", response("qsld-nu", "ambtenaar", 3), RESIDENT), 201);

        AggregationRun.Report second = job.run();

        // the new sign-up, the withdrawn one, their trajectory; the ballot's code; the booking and its slot; the response
        assertThat(second.itemsRead()).isEqualTo(7);
        exact = year(true);
        assertThat(total(exact, "signups").path("count").asLong()).isEqualTo(6);
        assertThat(cell(exact, "signups", "stadsdeel", "Centrum").path("count").asLong()).isEqualTo(6);
        assertThat(total(exact, "ballots").path("count").asLong()).isEqualTo(6);
        assertThat(total(exact, "spreekuur-bookings").path("count").asLong()).isEqualTo(4);
        assertThat(total(exact, "survey-responses").path("count").asLong()).isEqualTo(6);
        published = year(false);
        assertThat(total(published, "spreekuur-bookings").path("suppressed").asBoolean()).isTrue();
        assertThat(cell(published, "signups", "stadsdeel", "Centrum").path("count").asLong()).isEqualTo(6);
        assertThat(total(published, "signups-dissimilarity-stadsdeel").path("value").asDouble()).isCloseTo(1 - 13_500.0 / 156_500, within(1e-9));

        AggregationRun.Report third = job.run();

        assertThat(third.itemsRead()).isZero();
        assertThat(year(true).path("indicators")).isEqualTo(exact.path("indicators"));
        assertThat(year(true).path("lineage").path("catalogueVersion").asText()).isEqualTo("2025.4");
    }

    private JsonNode year(boolean exact) {
        return expect(indicators.get((exact ? "/staff/indicators" : "/indicators") + "?period=year", exact ? STAFF : RESIDENT), 200).json();
    }

    private static JsonNode total(JsonNode snapshot, String indicator) {
        return cell(snapshot, indicator, "total", "all");
    }

    private static JsonNode cell(JsonNode snapshot, String indicator, String dimension, String cell) {
        for (JsonNode entry : snapshot.path("indicators")) {
            if (entry.path("id").asText().equals(indicator)) {
                for (JsonNode figure : entry.path("figures")) {
                    if (figure.path("dimension").asText().equals(dimension) && figure.path("cell").asText().equals(cell)) {
                        return figure;
                    }
                }
            }
        }
        throw new AssertionError("no figure " + indicator + " " + dimension + "/" + cell + " in " + snapshot);
    }

    private List<String> signUps() {
        Instant now = clock.instant();
        expect(participation.post("/staff/trajectories", """
                {"id": "bomen", "title": "Bomen in de Oude Stad", "wijk": "WK039201", "kind": "trajectory",
                 "agreement": {"subject": "Nieuwe bomen", "decision": "Welke bomen waar", "decidedBy": "college",
                   "level": "adviseren", "openToInfluence": "Soorten en plekken", "fixed": "Het budget",
                   "signUpOpens": "%s", "signUpCloses": "%s", "decisionDate": "%s", "feedbackDate": "%s",
                   "feedbackMethod": "Een brief", "contactName": "Team Groen", "contactEmail": "groen@haarlem.nl"}}
                """.formatted(now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS), today.plusDays(60), today.plusDays(90)), STAFF), 201);
        expect(participation.post("/staff/trajectories/bomen/publish", null, STAFF), 200);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String wijk = i == 5 ? "WK039210" : "WK039201";
            tokens.add(expect(participation.post("/trajectories/bomen/signups", signUp("bewoner" + i + "@example.nl", wijk), RESIDENT), 201)
                    .json().path("withdrawalToken").asText());
        }
        return tokens;
    }

    private static String signUp(String email, String wijk) {
        return "{\"name\": \"Bewoner\", \"email\": \"%s\", \"wijk\": \"%s\", \"ageBand\": \"25-45\", \"consent\": true}".formatted(email, wijk);
    }

    private List<String> ballots() {
        Instant now = clock.instant();
        expect(budget.post("/staff/budget/rounds", """
                {"id": "buurtbudget", "title": "Buurtbudget", "area": "Schalkwijk", "budgetCents": 1000000,
                 "ballotKind": "approval", "minChoices": 1, "maxChoices": 1, "opensAt": "%s", "closesAt": "%s",
                 "tallyRule": "greedy"}
                """.formatted(now.minus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.DAYS)), STAFF), 201);
        expect(budget.post("/staff/budget/rounds/buurtbudget/proposals", "{\"title\": \"Bankjes\", \"costCents\": 500000}", STAFF), 201);
        expect(budget.post("/staff/budget/rounds/buurtbudget/proposals", "{\"title\": \"Bomen\", \"costCents\": 400000}", STAFF), 201);
        expect(budget.post("/staff/budget/rounds/buurtbudget/open", null, STAFF), 200);
        List<String> codes = expect(budget.post("/staff/budget/rounds/buurtbudget/codes", "{\"count\": 8}", STAFF), 201)
                .body().lines().skip(1).map(line -> line.split(",")[1].replace("\"", "")).toList();
        for (int i = 0; i < 5; i++) {
            expect(budget.post("/budget/rounds/buurtbudget/ballots", ballot(codes.get(i)), RESIDENT), 201);
        }
        return codes;
    }

    private String ballot(String code) {
        String proposal = expect(budget.get("/budget/rounds/buurtbudget", RESIDENT), 200).json().path("proposals").get(0).path("id").asText();
        return "{\"code\": \"" + code + "\", \"proposals\": [\"" + proposal + "\"]}";
    }

    private List<String> bookings() {
        expect(spreekuur.put("/staff/spreekuur/hosts/wethouder", """
                {"name": "Wethouder Wijken", "role": "wethouder", "topics": ["wijken"]}
                """, STAFF), 200);
        String slot = expect(spreekuur.post("/staff/spreekuur/slots", """
                {"host": "wethouder", "date": "%s", "start": "10:00", "minutes": 60, "location": "participatiebankje",
                 "address": "Grote Markt", "capacity": 6}
                """.formatted(today.plusDays(1)), STAFF), 201).json().path("id").asText();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(expect(spreekuur.post("/spreekuur/slots/" + slot + "/bookings", """
                    {"name": "Bewoner", "email": "gast%d@example.nl", "topic": "Groen", "wijk": "WK039201"}
                    """.formatted(i), RESIDENT), 201).json().path("manageToken").asText());
        }
        return tokens;
    }
}

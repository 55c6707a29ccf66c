package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff remove a proposal from a draft, and read the count with both rules before they publish it. */
class StaffBudgetIT extends BrowserTest {

    @BeforeEach
    void signIn() throws Exception {
        signInAsStaff();
    }

    @Test
    void staffRemoveAProposalFromADraft() throws Exception {
        String id = "concept-" + System.nanoTime();
        Site.json("POST", "/staff/budget/rounds", round(id, "Concept Noord", Instant.now().plus(2, ChronoUnit.DAYS),
                Instant.now().plus(9, ChronoUnit.DAYS), "equal-shares"), true);
        Site.json("POST", "/staff/budget/rounds/" + id + "/proposals", "{\"id\": \"fietsen\", \"title\": \"Fietsenrekken\", \"costCents\": 250000}", true);
        Site.json("POST", "/staff/budget/rounds/" + id + "/proposals", "{\"id\": \"vijver\", \"title\": \"Vijver\", \"costCents\": 800000, \"initiator\": \"Buurtvereniging\"}", true);

        open("/staff/begroting.html");
        until(d -> d.findElement(By.cssSelector("button[data-act=proposals][data-id='" + id + "']"))).click();
        until(d -> d.findElement(By.id("proposals-heading")).getText().equals("Plannen van Concept Noord (budget € 10.000,00)"));
        assertThat(activeId()).isEqualTo("proposals-heading");
        assertThat(byId("proposal-rows").getText()).contains("Fietsenrekken € 2.500,00").contains("Vijver € 8.000,00 Buurtvereniging");
        assertAccessible("staff proposals of a draft");

        byId("proposal-rows").findElement(By.cssSelector("button[data-remove=vijver]")).click();
        until(d -> d.findElement(By.id("status")).getText().equals("Plan \"Vijver\" is verwijderd."));

        assertThat(byId("proposal-rows").getText()).contains("Fietsenrekken").doesNotContain("Vijver");
        JsonNode stored = Site.staffGet("/staff/budget/rounds/" + id).path("proposals");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).path("id").asText()).isEqualTo("fietsen");
    }

    @Test
    void staffReadTheCountWithBothRulesBeforePublishing() throws Exception {
        String id = "telling-" + System.nanoTime();
        Instant closes = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        Site.json("POST", "/staff/budget/rounds", round(id, "Buurtbudget Vondelkwartier", Instant.now().minusSeconds(3600), closes, "greedy"), true);
        Site.json("POST", "/staff/budget/rounds/" + id + "/proposals", "{\"id\": \"bomen\", \"title\": \"Bomen\", \"costCents\": 600000}", true);
        Site.json("POST", "/staff/budget/rounds/" + id + "/proposals", "{\"id\": \"bankjes\", \"title\": \"Bankjes\", \"costCents\": 500000}", true);
        Site.json("POST", "/staff/budget/rounds/" + id + "/open", null, true);
        List<String> codes = Site.votingCodes(id, 4);
        for (int i = 0; i < 3; i++) {
            Site.json("POST", "/budget/rounds/" + id + "/ballots", "{\"code\": \"" + codes.get(i) + "\", \"proposals\": [\"bomen\"]}", false);
        }
        Site.json("POST", "/budget/rounds/" + id + "/ballots", "{\"code\": \"" + codes.get(3) + "\", \"proposals\": [\"bankjes\"]}", false);
        Thread.sleep(Math.max(0, closes.toEpochMilli() - System.currentTimeMillis()) + 500);
        Site.json("POST", "/staff/budget/rounds/" + id + "/close", null, true);

        open("/staff/begroting.html");
        until(d -> d.findElement(By.cssSelector("button[data-act=results][data-id='" + id + "']"))).click();
        until(d -> d.findElement(By.id("results-heading")).getText().equals("Uitslag van Buurtbudget Vondelkwartier"));
        assertThat(byId("results-facts").getText()).isEqualTo("Telregel van deze ronde: Meeste stemmen eerst. "
                + "4 van de 4 stemcodes zijn gebruikt (100%). Budget: € 10.000,00.");
        String table = byId("result-rows").getText();
        assertThat(table).contains("Bomen € 6.000,00 3 Krijgt geld Krijgt geld Krijgt geld");
        assertThat(table).contains("Bankjes € 5.000,00 1 Geen geld: paste niet meer in het budget");
        assertThat(Site.call("GET", "/budget/rounds/" + id + "/results", null, false).statusCode())
                .as("residents see nothing before publishing").isEqualTo(404);
        assertAccessible("staff count before publishing");
        screenshot("beheer-telling");

        byId("rows").findElement(By.cssSelector("button[data-act=publish][data-id='" + id + "']")).click();
        until(d -> d.findElement(By.id("status")).getText().equals("De uitslag van " + id + " is gepubliceerd."));
        assertThat(Site.json("GET", "/budget/rounds/" + id + "/results", null, false).path("proposals")).hasSize(2);
    }

    private static String round(String id, String title, Instant opens, Instant closes, String rule) {
        return """
                {"id": "%s", "title": "%s", "budgetCents": 1000000, "ballotKind": "approval",
                 "minChoices": 1, "maxChoices": 1, "opensAt": "%s", "closesAt": "%s", "tallyRule": "%s"}"""
                .formatted(id, title, opens, closes, rule);
    }
}

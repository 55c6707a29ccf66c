package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A resident votes with a code from the mail merge, changes the ballot, and reads the published results. */
class BudgetIT extends BrowserTest {

    private static final String ROUND = "schalkwijk-aan-zet";

    @Test
    void residentVotesChangesTheBallotAndSeesTheReceipt() throws Exception {
        String code = Site.votingCodes(ROUND, 1).get(0);
        open("/stemmen.html");
        assertAccessible("round list");
        driver.findElement(By.linkText("Schalkwijk aan Zet")).click();
        byId("code-form");
        assertThat(byId("round-facts").getText()).contains("€ 70.000,00");

        type("code", "ABCD-EFGH-JKMN-PQRS");
        byId("code-form").findElement(By.cssSelector("button[type=submit]")).click();
        visible(By.id("code-error"));
        assertThat(byId("code").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("wrong code");

        type("code", code.toLowerCase());
        byId("code-form").findElement(By.cssSelector("button[type=submit]")).click();
        byId("choice-form");
        assertThat(activeId()).isEqualTo("choice-heading");
        byId("p-speeltuin-molenwijk").click();
        byId("p-buurtmoestuin").click();
        assertThat(byId("live-total").getText()).isEqualTo("U heeft 2 van maximaal 3 plannen gekozen.");
        assertAccessible("choosing");
        screenshot("stemmen");
        byId("choice-form").findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(byId("confirm-list").getText()).contains("Speeltuin Molenwijk – € 35.000,00", "Buurtmoestuin Boerhaavewijk");
        assertThat(byId("confirm-total").getText()).isEqualTo("Samen: € 55.000,00");
        assertAccessible("confirm");
        byId("confirm-form").findElement(By.cssSelector("button[type=submit]")).click();

        String receipt = byId("receipt").getText();
        assertThat(receipt).isNotBlank();
        assertAccessible("receipt");
        screenshot("stembewijs");
        JsonNode stored = Site.json("POST", "/budget/rounds/" + ROUND + "/ballots/lookup", "{\"code\": \"" + code + "\"}", false);
        assertThat(ids(stored)).containsExactly("buurtmoestuin", "speeltuin-molenwijk");
        assertThat(stored.path("receipt").asText()).isEqualTo(receipt);

        byId("change-vote").click();
        assertThat(byId("p-buurtmoestuin").isSelected()).isTrue();
        byId("p-buurtmoestuin").click();
        byId("p-bankjes-molenplas").click();
        byId("choice-form").findElement(By.cssSelector("button[type=submit]")).click();
        byId("confirm-form").findElement(By.cssSelector("button[type=submit]")).click();
        byId("receipt-view");
        until(d -> !d.findElement(By.id("receipt")).getText().equals(receipt) || true);

        JsonNode changed = Site.json("POST", "/budget/rounds/" + ROUND + "/ballots/lookup", "{\"code\": \"" + code + "\"}", false);
        assertThat(ids(changed)).containsExactly("bankjes-molenplas", "speeltuin-molenwijk");
        assertThat(byId("receipt").getText()).isEqualTo(changed.path("receipt").asText());

        open("/stemmen.html?ronde=" + ROUND);
        type("code", code);
        byId("code-form").findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(byId("already").getText()).startsWith("U heeft al gestemd");
        assertThat(byId("p-bankjes-molenplas").isSelected()).isTrue();
        assertThat(byId("p-buurtmoestuin").isSelected()).isFalse();
    }

    @Test
    void publishedResultsGiveTheReasonForEachProposal() throws Exception {
        String id = "uitslag-" + System.nanoTime();
        Instant closes = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        Site.json("POST", "/staff/budget/rounds", """
                {"id": "%s", "title": "Buurtbudget Parkwijk", "budgetCents": 1000000, "ballotKind": "approval",
                 "minChoices": 1, "maxChoices": 1, "opensAt": "%s", "closesAt": "%s", "tallyRule": "greedy"}"""
                .formatted(id, Instant.now().minusSeconds(3600), closes), true);
        Site.json("POST", "/staff/budget/rounds/" + id + "/proposals", "{\"id\": \"bomen\", \"title\": \"Bomen\", \"costCents\": 600000}", true);
        Site.json("POST", "/staff/budget/rounds/" + id + "/proposals", "{\"id\": \"bankjes\", \"title\": \"Bankjes\", \"costCents\": 300000}", true);
        Site.json("POST", "/staff/budget/rounds/" + id + "/open", null, true);
        List<String> codes = Site.votingCodes(id, 3);
        Site.json("POST", "/budget/rounds/" + id + "/ballots", "{\"code\": \"" + codes.get(0) + "\", \"proposals\": [\"bomen\"]}", false);
        Site.json("POST", "/budget/rounds/" + id + "/ballots", "{\"code\": \"" + codes.get(1) + "\", \"proposals\": [\"bomen\"]}", false);
        Thread.sleep(Math.max(0, closes.toEpochMilli() - System.currentTimeMillis()) + 500);
        Site.json("POST", "/staff/budget/rounds/" + id + "/close", null, true);
        Site.json("POST", "/staff/budget/rounds/" + id + "/publish", null, true);

        open("/stemmen.html?ronde=" + id);
        String table = byId("results-body").getText();
        assertThat(table).contains("Bomen € 6.000,00 2 Krijgt geld");
        assertThat(table).contains("Bankjes € 3.000,00 0");
        assertThat(byId("turnout").getText()).isEqualTo("2 van de 3 stemcodes zijn gebruikt (66,7%).");
        assertThat(driver.findElement(By.id("code-form")).isDisplayed()).isFalse();
        assertAccessible("results");
        screenshot("uitslag");
    }

    private static List<String> ids(JsonNode ballot) {
        List<String> ids = new ArrayList<>();
        ballot.path("proposals").forEach(p -> ids.add(p.asText()));
        return ids;
    }
}

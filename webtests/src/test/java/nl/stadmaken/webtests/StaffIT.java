package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Staff sign in with the runner's token, create and publish a trajectory, create a round, book for a caller. */
class StaffIT extends BrowserTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @BeforeEach
    void signIn() throws Exception {
        open("/staff/index.html");
        if (driver.findElement(By.id("signed-in")).isDisplayed()) {
            return;
        }
        assertAccessible("staff sign-in");
        type("token", "not-a-token");
        byId("token-form").findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(visible(By.id("token-error")).getText()).isEqualTo("Deze code is niet geldig of verlopen.");
        type("token", Site.runner().staffToken());
        byId("token-form").findElement(By.cssSelector("button[type=submit]")).click();
        byId("signed-in");
    }

    @Test
    void staffCreateAndPublishATrajectory() throws Exception {
        open("/staff/trajecten.html");
        until(d -> !d.findElements(By.cssSelector("#rows tr")).isEmpty());
        assertAccessible("staff trajectories");
        LocalDate today = LocalDate.now(AMSTERDAM);
        type("id", "bomen-zuid");
        type("title", "Bomen in Zuid");
        new Select(byId("wijk")).selectByValue("WK039203");
        type("capacity", "40");
        type("agreement.subject", "Nieuwe bomen in Zuid");
        type("agreement.decision", "Waar de bomen komen");
        new Select(byId("agreement.decidedBy")).selectByValue("college");
        new Select(byId("agreement.level")).selectByValue("adviseren");
        type("agreement.openToInfluence", "De plekken en de soorten");
        type("agreement.fixed", "Het aantal bomen");
        setValue("agreement.signUpOpens", today.minusDays(1) + "T09:00");
        setValue("agreement.signUpCloses", today.plusDays(20) + "T17:00");
        setValue("agreement.decisionDate", today.plusDays(40).toString());
        setValue("agreement.feedbackDate", today.plusDays(50).toString());
        type("agreement.feedbackMethod", "Een brief aan alle deelnemers");
        type("agreement.contactName", "Team Groen");
        type("agreement.contactEmail", "groen@haarlem.nl");
        screenshot("beheer-trajecten");
        byId("create-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("status")).getText().equals("Concept bomen-zuid is opgeslagen."));

        JsonNode draft = Site.staffGet("/staff/trajectories/bomen-zuid");
        assertThat(draft.path("status").asText()).isEqualTo("draft");
        assertThat(draft.path("agreementComplete").asBoolean()).isTrue();
        assertThat(java.time.Instant.parse(draft.path("agreement").path("signUpCloses").asText()))
                .as("entered as Amsterdam time").isEqualTo(today.plusDays(20).atTime(17, 0).atZone(AMSTERDAM).toInstant());

        WebElement publish = until(d -> d.findElement(By.cssSelector("button[data-act=publish][data-id=bomen-zuid]")));
        publish.click();
        until(d -> d.findElement(By.id("status")).getText().equals("bomen-zuid is gepubliceerd."));
        assertThat(Site.json("GET", "/trajectories/bomen-zuid", null, false).path("status").asText()).isEqualTo("published");

        until(d -> d.findElement(By.cssSelector("button[data-act=signups][data-id=speelplek-kenaupark]"))).click();
        assertThat(byId("signup-rows").getText()).contains("Demo Bewoner");
        assertAccessible("staff sign-ups");
    }

    @Test
    void staffCreateARoundWithAProposal() throws Exception {
        open("/staff/begroting.html");
        until(d -> !d.findElements(By.cssSelector("#rows tr")).isEmpty());
        assertAccessible("staff budget");
        LocalDate today = LocalDate.now(AMSTERDAM);
        type("r-id", "zuid-west-kiest");
        type("r-title", "Zuid-West kiest");
        type("r-budget", "30000");
        setValue("r-opens", today.plusDays(2) + "T09:00");
        setValue("r-closes", today.plusDays(16) + "T17:00");
        byId("round-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("status")).getText().equals("Stemronde zuid-west-kiest is opgeslagen als concept."));

        assertThat(new Select(byId("p-round")).getFirstSelectedOption().getAttribute("value")).isEqualTo("zuid-west-kiest");
        type("p-title", "Picknicktafels");
        type("p-cost", "4500");
        byId("proposal-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("status")).getText().startsWith("Plan \"Picknicktafels\""));
        screenshot("beheer-begroting");

        JsonNode round = Site.staffGet("/staff/budget/rounds/zuid-west-kiest");
        assertThat(round.path("budgetCents").asLong()).isEqualTo(3_000_000L);
        assertThat(round.path("status").asText()).isEqualTo("draft");
        assertThat(round.path("proposals").get(0).path("costCents").asLong()).isEqualTo(450_000L);
        assertAccessible("round created");
    }

    @Test
    void staffBookForACallerAndSeeTheAgenda() throws Exception {
        open("/staff/spreekuur.html");
        WebElement slot = visible(By.cssSelector("#b-slots input[name=slot]"));
        String slotId = slot.getAttribute("value");
        assertAccessible("staff spreekuur");
        slot.click();
        type("b-name", "Mevrouw Bakker");
        type("b-phone", "023 5111111");
        type("b-topic", "Overlast op het plein");
        type("b-note", "Belde om 10:15, slechthorend");
        byId("behalf-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("status")).getText().startsWith("Afspraak voor Mevrouw Bakker staat op"));

        String date = slotId.replaceAll(".*-(\\d{4})(\\d{2})(\\d{2})-\\d{4}$", "$1-$2-$3");
        JsonNode agenda = Site.staffGet("/staff/spreekuur/agenda?host=burgemeester&date=" + date);
        JsonNode booking = null;
        for (JsonNode s : agenda.path("slots")) {
            if (s.path("id").asText().equals(slotId)) {
                booking = s.path("bookings").get(0);
            }
        }
        assertThat(booking).isNotNull();
        assertThat(booking.path("bookedBy").asText()).isEqualTo("staff");
        assertThat(booking.path("note").asText()).isEqualTo("Belde om 10:15, slechthorend");

        setValue("a-date", date);
        byId("agenda-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("agenda")).getText().contains("Mevrouw Bakker"));
        assertThat(byId("agenda").getText()).contains("Belde om 10:15, slechthorend");
        assertAccessible("agenda");
        screenshot("beheer-spreekuur");
    }

    private static void setValue(String id, String value) {
        // Chromium's date and time pickers take keystrokes in the locale's order; set the value as the picker would.
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", byId(id), value);
    }
}

package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff sign in at the hosted sign-in, create and publish a trajectory and record its feedback, create a round, book
 * for a caller, plan office hours on a bankje in a wijk.
 */
class StaffIT extends BrowserTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @BeforeEach
    void signIn() throws Exception {
        open("/staff/index.html");
        if (driver.findElement(By.id("signed-in")).isDisplayed()) {
            return;
        }
        assertAccessible("staff sign-in");
        signInAtTheHostedSignIn("/staff/");
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

        until(d -> d.findElement(By.cssSelector("button[data-act=feedback][data-id=bomen-zuid]"))).click();
        until(d -> d.findElement(By.id("feedback-heading")).getText().equals("Terugkoppeling voor bomen-zuid vastleggen"));
        assertThat(byId("givenOn").getAttribute("value")).as("today by default").isEqualTo(today.toString());
        setValue("givenOn", today.plusDays(1).toString());
        byId("feedback-form").findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(visible(By.id("givenOn-error")).getText())
                .isEqualTo("Vul de datum in waarop de terugkoppeling is gegeven. Niet voor de publicatie en niet na vandaag.");
        assertThat(byId("givenOn").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("feedback date refused");
        setValue("givenOn", today.toString());
        type("note", "https://www.haarlem.nl/bomen-zuid/terugkoppeling");
        byId("feedback-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("status")).getText().equals("De terugkoppeling voor bomen-zuid is vastgelegd."));
        assertThat(driver.findElements(By.cssSelector("button[data-act=feedback][data-id=bomen-zuid]"))).as("recorded once").isEmpty();
        assertAccessible("feedback recorded");
        JsonNode feedback = Site.staffGet("/staff/trajectories/bomen-zuid").path("feedback");
        assertThat(feedback.path("givenOn").asText()).isEqualTo(today.toString());
        assertThat(feedback.path("note").asText()).isEqualTo("https://www.haarlem.nl/bomen-zuid/terugkoppeling");

        until(d -> d.findElement(By.cssSelector("button[data-act=signups][data-id=speelplek-kenaupark]"))).click();
        assertThat(byId("signup-rows").getText()).contains("Demo Bewoner");
        assertAccessible("staff sign-ups");
    }

    @Test
    void staffCreateAPanelWithFeatures() throws Exception {
        open("/staff/trajecten.html");
        until(d -> !d.findElements(By.cssSelector("#rows tr")).isEmpty());
        assertThat(driver.findElement(By.id("panel")).isDisplayed()).as("only for kind panel").isFalse();
        type("id", "buurtpanel-noord");
        type("title", "Buurtpanel Noord");
        new Select(byId("kind")).selectByValue("panel");
        byId("add-feature").click();
        assertThat(activeId()).isEqualTo("panel.features[0].name");
        type("panel.features[0].name", "Geslacht");
        type("panel.features[0].values", "vrouw\nman\nanders\n");
        tabTo("#add-feature");
        press(Keys.ENTER);
        assertThat(activeId()).as("a new feature by keyboard").isEqualTo("panel.features[1].name");
        type("panel.features[1].name", "wijk");
        byId("add-feature").click();
        type("panel.features[2].name", "leeftijd");
        type("panel.features[2].values", "16-34\n35-64\n65+");
        driver.findElement(By.xpath("//button[normalize-space()='Kenmerk 2 weghalen']")).click();
        assertThat(activeId()).as("the next feature moved up").isEqualTo("panel.features[1].name");
        assertThat(byId("panel.features[1].name").getAttribute("value")).isEqualTo("leeftijd");
        byId("panel.oneMemberPerHousehold").click();
        byId("create-form").findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(visible(By.id("panel.features[0].name-error")).getText())
                .isEqualTo("Vul een naam in die begint met een kleine letter. Daarna alleen letters, cijfers en _.");
        assertThat(activeId()).isEqualTo("panel.features[0].name");
        assertThat(byId("panel.features[0].name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElements(By.cssSelector("#features .field-error"))).hasSize(1);
        assertAccessible("panel feature error");

        type("panel.features[0].name", "geslacht");
        byId("create-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("status")).getText().equals("Concept buurtpanel-noord is opgeslagen."));
        assertThat(driver.findElement(By.id("panel")).isDisplayed()).as("the form is back to a trajectory").isFalse();

        JsonNode panel = Site.staffGet("/staff/trajectories/buurtpanel-noord").path("panel");
        assertThat(panel.path("oneMemberPerHousehold").asBoolean()).isTrue();
        assertThat(panel.path("features")).hasSize(2);
        assertThat(panel.path("features").get(0).path("name").asText()).isEqualTo("geslacht");
        assertThat(panel.path("features").get(0).path("values").toString()).isEqualTo("[\"vrouw\",\"man\",\"anders\"]");
        assertThat(panel.path("features").get(1).path("name").asText()).isEqualTo("leeftijd");
        assertThat(panel.path("features").get(1).path("values").toString()).isEqualTo("[\"16-34\",\"35-64\",\"65+\"]");

        until(d -> d.findElement(By.cssSelector("button[data-act=edit][data-id=buurtpanel-noord]"))).click();
        until(d -> d.findElement(By.id("new-heading")).getText().equals("Concept buurtpanel-noord bewerken"));
        assertThat(byId("title").getAttribute("value")).isEqualTo("Buurtpanel Noord");
        assertThat(byId("panel.features[0].name").getAttribute("value")).isEqualTo("geslacht");
        assertThat(byId("panel.features[1].values").getAttribute("value")).isEqualTo("16-34\n35-64\n65+");
        assertThat(byId("panel.oneMemberPerHousehold").isSelected()).isTrue();
        assertAccessible("editing a draft panel");
        driver.findElement(By.xpath("//button[normalize-space()='Kenmerk 1 weghalen']")).click();
        byId("create-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("status")).getText().equals("Concept buurtpanel-noord is opgeslagen."));
        assertThat(byId("new-heading").getText()).isEqualTo("Nieuw traject");
        JsonNode edited = Site.staffGet("/staff/trajectories/buurtpanel-noord").path("panel").path("features");
        assertThat(edited).hasSize(1);
        assertThat(edited.get(0).path("name").asText()).isEqualTo("leeftijd");
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

    @Test
    void staffPlanASeriesOnABankjeInAWijk() throws Exception {
        open("/staff/spreekuur.html");
        until(d -> d.findElements(By.cssSelector("#s-wijk option")).size() > 1);
        assertThat(driver.findElement(By.id("s-wijk-field")).isDisplayed()).as("a slot in the city hall takes no wijk").isFalse();
        // Far enough ahead that the slots stay out of the lists the other tests book from.
        LocalDate day = LocalDate.now(AMSTERDAM).plusDays(100).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        new Select(byId("s-host")).selectByValue("wethouder-wonen");
        new Select(byId("s-weekday")).selectByValue("wednesday");
        setValue("s-from", "15:00");
        setValue("s-until", "15:50");
        setValue("s-first", day.toString());
        setValue("s-last", day.toString());
        new Select(byId("s-location")).selectByValue("participatiebankje");
        new Select(byId("s-wijk")).selectByValue("WK039219");
        type("s-address", "Boerhaavepark, bij de speeltuin");
        assertAccessible("series on a bankje");
        byId("series-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("status")).getText().contains("tijden gemaakt"));

        JsonNode agenda = Site.staffGet("/staff/spreekuur/agenda?host=wethouder-wonen&date=" + day);
        assertThat(agenda.path("slots").findValuesAsText("wijk")).containsExactly("WK039219", "WK039219");
    }
}

package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff run a panel on its page: fix the seed while the pool is open, draw with quotas after it closed (an impossible
 * quota is named at its inputs), see the panel and its audit files, and draw a replacement after a withdrawal. The
 * pool is real: a panel whose sign-up closes seconds after it is made, with sign-ups through the API.
 */
class PanelStaffIT extends BrowserTest {

    private static final String ID = "wijkpanel-oost";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration POOL_OPEN_FOR = Duration.ofSeconds(20);
    private static final String[] AGES = {"16-29", "30-49", "50+"};
    /** Rows of the quota table, in the order of the panel's features and values: geslacht's, then leeftijd's. */
    private static final int VROUW = 0;
    private static final int MAN = 1;
    private static final int ANDERS = 2;
    private static final int FIRST_AGE = 3;

    @Test
    void staffFixTheSeedDrawWithQuotasAndDrawAReplacement() throws Exception {
        Instant closes = createPanel();
        Map<String, String> tokens = signUpPool(15);
        signInAsStaff();
        open("/staff/panelen.html");
        assertThat(driver.findElement(By.cssSelector(".site-footer a")).getAttribute("href")).endsWith("/toegankelijkheidsverklaring.html");
        until(d -> !d.findElements(By.cssSelector("#rows button[data-id='" + ID + "']")).isEmpty());
        assertAccessible("panels list");

        showPanel();
        assertThat(byId("panel-facts").getText()).contains("15 aangemeld", "nog niet vastgelegd", "hooguit één persoon per adres");
        assertThat(driver.findElement(By.id("draw-part")).isDisplayed()).as("no draw while the pool is open").isFalse();
        assertAccessible("panel with its pool open");
        type("seed", "raadsvergadering 1 december");
        byId("seed-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("status")).getText().equals("De seed is vastgelegd."));
        assertThat(Instant.now()).as("the seed was fixed before the pool closed").isBefore(closes);
        assertThat(byId("panel-facts").getText()).contains("\"raadsvergadering 1 december\", vastgelegd op");
        assertThat(byId("panel-note").getText()).startsWith("U kunt het panel loten als het aanmelden gesloten is");
        JsonNode published = Site.json("GET", "/trajectories/" + ID + "/panel", null, false);
        assertThat(published.path("seed").path("seed").asText()).isEqualTo("raadsvergadering 1 december");
        assertAccessible("seed fixed");

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), closes).toMillis() + 500));
        showPanel();
        WebElement drawForm = byId("draw-form");
        assertThat(drawForm.findElements(By.cssSelector("#quota-rows tr"))).hasSize(6);
        assertThat(byId("quota-rows").getText()).contains("Geslacht vrouw 7", "man 6", "anders 2", "Leeftijd 16-29 5");
        assertThat(byId("algorithm").getAttribute("value")).isEqualTo("leximin");
        assertThat(byId("algorithm-hint").getText()).contains("zo gelijk mogelijke kans");
        type("panelSize", "6");
        quota(VROUW, "1", "4");
        quota(MAN, "2", "4");
        quota(ANDERS, "3", "");
        for (int age = FIRST_AGE; age < FIRST_AGE + AGES.length; age++) {
            quota(age, "1", "3");
        }
        drawForm.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement error = visible(By.id("q-" + ANDERS + "-min-error"));
        assertThat(error.getText()).contains("geslacht=anders", "minimum 3");
        assertThat(byId("q-" + ANDERS + "-min").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(byId("q-" + VROUW + "-min").getAttribute("aria-invalid")).isNull();
        assertThat(drawForm.findElement(By.className("error-summary")).getText())
                .contains("Met deze quota kan geen panel geloot worden", "geslacht=anders");
        assertThat(Site.json("GET", "/trajectories/" + ID + "/panel", null, false).path("draws")).isEmpty();
        assertAccessible("impossible quota");

        quota(ANDERS, "", "");
        quota(VROUW, "2", "4");
        drawForm.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("status")).getText().equals("Het panel is geloot."));
        assertThat(driver.findElements(By.cssSelector("#member-rows tr"))).hasSize(6);
        assertThat(byId("result-heading").getText()).isEqualTo("Trekking 1: het panel");

        JsonNode draw = Site.json("GET", "/trajectories/" + ID + "/panel/draws/1", null, false);
        assertThat(draw.path("algorithm").asText()).isEqualTo("leximin");
        assertThat(draw.path("panelSize").asInt()).isEqualTo(6);
        assertThat(draw.path("poolSize").asInt()).isEqualTo(15);
        assertThat(pseudonymsOnPage()).containsExactlyInAnyOrderElementsOf(texts(draw.path("panel")));
        assertThat(quotaOf(draw, "geslacht", "vrouw").path("min").asInt()).isEqualTo(2);
        assertThat(quotaOf(draw, "geslacht", "anders").path("max").asInt()).as("no quota typed: up to the panel size").isEqualTo(6);
        assertThat(byId("result-facts").getText()).contains(draw.path("inputSha256").asText(), "raadsvergadering 1 december",
                "LEXIMIN, versie " + draw.path("algorithmVersion").asText(), "Kleinste kans om ingeloot te worden");
        JsonNode members = Site.staffGet("/staff/trajectories/" + ID + "/panel/draws/1").path("members");
        String rows = byId("member-rows").getText();
        members.forEach(member -> assertThat(rows).contains(member.path("signUp").path("name").asText(),
                member.path("signUp").path("email").asText()));
        for (WebElement row : driver.findElements(By.cssSelector("#count-rows tr"))) {
            List<Integer> numbers = row.findElements(By.cssSelector("td.number")).stream().map(td -> Integer.parseInt(td.getText())).toList();
            assertThat(numbers.get(2)).as(row.getText()).isBetween(numbers.get(0), numbers.get(1));
        }
        assertThat(driver.findElements(By.cssSelector("#outbox-list tbody tr"))).hasSize(6)
                .allSatisfy(message -> assertThat(message.getText()).startsWith("U bent ingeloot"));
        assertAccessible("panel drawn");
        screenshot("beheer-panelen", byId("result-heading"));

        captureDownloads();
        byId("download-pool").click();
        byId("download-quotas").click();
        assertThat(downloads(2)).containsExactly(
                Map.of("name", "pool-" + ID + ".csv", "text", Site.call("GET", "/staff/trajectories/" + ID + "/panel/pool", null, true).body()),
                Map.of("name", "quota-" + ID + ".csv", "text", Site.call("GET", "/staff/trajectories/" + ID + "/panel/quotas", null, true).body()));

        byId("replace").click();
        until(d -> d.findElement(By.id("replace-status")).getText()
                .equals("Niemand uit het panel heeft zich afgemeld. Er is niemand om te vervangen."));
        assertAccessible("nothing to replace");

        JsonNode leaving = members.get(0);
        Site.json("POST", "/withdrawals", "{\"token\": \"" + tokens.get(leaving.path("signUp").path("email").asText()) + "\"}", false);
        byId("replace").click();
        until(d -> d.findElement(By.id("result-heading")).getText().equals("Trekking 2: vervangers"));
        assertThat(byId("status").getText()).isEqualTo("Vervangers geloot: 1.");
        JsonNode replacement = Site.json("GET", "/trajectories/" + ID + "/panel/draws/2", null, false);
        assertThat(texts(replacement.path("replaced"))).containsExactly(leaving.path("pseudonym").asText());
        assertThat(pseudonymsOnPage()).containsExactlyInAnyOrderElementsOf(texts(replacement.path("panel")))
                .doesNotContain(leaving.path("pseudonym").asText());
        assertThat(driver.findElements(By.xpath("//tbody[@id='member-rows']/tr[contains(., '(vervanger)')]"))).hasSize(1);
        assertThat(byId("outbox-list").getText()).contains("U bent ingeloot als vervanger");
        assertAccessible("replacement drawn");

        byId("draws").findElement(By.cssSelector("button[data-draw='1']")).click();
        until(d -> d.findElement(By.id("result-heading")).getText().equals("Trekking 1: het panel"));
        assertThat(byId("member-rows").getText()).contains("Afgemeld");
        assertThat(driver.findElement(By.id("replace-part")).isDisplayed()).as("only the latest draw can be replaced").isFalse();

        byId("lang-switch").click();
        try {
            assertThat(byId("result-heading").getText()).isEqualTo("Draw 1: the panel");
            assertThat(byId("result-facts").getText()).contains("LEXIMIN, version " + draw.path("algorithmVersion").asText());
            assertAccessible("a draw in English");
        } finally {
            byId("lang-switch").click();
        }
        assertThat(byId("result-heading").getText()).isEqualTo("Trekking 1: het panel");
    }

    /** A published panel whose pool closes seconds from now; returns when it closes. */
    private static Instant createPanel() throws Exception {
        Instant closes = Instant.now().plus(POOL_OPEN_FOR).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now(AMSTERDAM);
        Site.json("POST", "/staff/trajectories", """
                {"id": "%s", "title": "Wijkpanel Oost", "wijk": "WK039205", "kind": "panel",
                 "panel": {"oneMemberPerHousehold": true, "features": [
                   {"name": "geslacht", "values": ["vrouw", "man", "anders"]},
                   {"name": "leeftijd", "values": ["16-29", "30-49", "50+"]}]},
                 "agreement": {"subject": "Advies over het park", "decision": "De inrichting van het park", "decidedBy": "college",
                   "level": "adviseren", "openToInfluence": "Welke delen van het park eerst", "fixed": "Het budget",
                   "signUpOpens": "%s", "signUpCloses": "%s", "decisionDate": "%s", "feedbackDate": "%s",
                   "feedbackMethod": "Een brief aan alle deelnemers", "contactName": "Team Oost", "contactEmail": "oost@haarlem.nl"}}
                """.formatted(ID, Instant.now().minus(Duration.ofHours(1)), closes, today.plusDays(30), today.plusDays(40)), true);
        Site.json("POST", "/staff/trajectories/" + ID + "/publish", null, true);
        return closes;
    }

    /** Seven women, six men and two of neither, ages spread evenly, each at an own address; withdrawal tokens by email. */
    private static Map<String, String> signUpPool(int size) throws Exception {
        Map<String, String> tokens = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String email = "deelnemer" + i + "@example.nl";
            String gender = i < 7 ? "vrouw" : i < 13 ? "man" : "anders";
            JsonNode receipt = Site.json("POST", "/trajectories/" + ID + "/signups", """
                    {"name": "Deelnemer %d", "email": "%s", "consent": true, "features": {"geslacht": "%s", "leeftijd": "%s"},
                     "household": "2033 AB %d"}""".formatted(i, email, gender, AGES[i % 3], i + 1), false);
            tokens.put(email, receipt.path("withdrawalToken").asText());
        }
        return tokens;
    }

    private static void showPanel() {
        until(d -> d.findElement(By.cssSelector("#rows button[data-id='" + ID + "']"))).click();
        until(d -> d.findElement(By.id("panel-heading")).getText().equals("Wijkpanel Oost") && d.switchTo().activeElement().getAttribute("id").equals("panel-heading"));
    }

    private static void quota(int row, String min, String max) {
        byId("q-" + row + "-min").clear();
        byId("q-" + row + "-max").clear();
        if (!min.isEmpty()) {
            type("q-" + row + "-min", min);
        }
        if (!max.isEmpty()) {
            type("q-" + row + "-max", max);
        }
    }

    private static List<String> pseudonymsOnPage() {
        return driver.findElements(By.cssSelector("#member-rows code")).stream().map(WebElement::getText).toList();
    }

    private static JsonNode quotaOf(JsonNode draw, String feature, String value) {
        for (JsonNode quota : draw.path("quotas")) {
            if (quota.path("feature").asText().equals(feature) && quota.path("value").asText().equals(value)) {
                return quota;
            }
        }
        throw new AssertionError("no quota " + feature + "=" + value + " in " + draw.path("quotas"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}

package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A resident reads a trajectory's agreement, signs up, and withdraws with the link from the confirmation. */
class ParticipationIT extends BrowserTest {

    @Test
    void residentSignsUpAndWithdraws() throws Exception {
        open("/trajecten.html");
        assertAccessible("trajectory list");
        screenshot("trajecten");
        driver.findElement(By.linkText("Speelplek Kenaupark")).click();
        assertThat(byId("agreement").getText()).contains("Speeltoestellen, groen, zitplekken en verlichting", "Wie beslist");

        byId("signup-form").findElement(By.cssSelector("button[type=submit]")).click();
        visible(By.cssSelector(".error-summary"));
        until(d -> "true".equals(d.findElement(By.id("name")).getAttribute("aria-invalid")));
        assertThat(byId("name").getAttribute("aria-describedby")).contains("name-error");
        assertThat(byId("name-error").getText()).isEqualTo("Vul uw naam in.");
        assertThat(byId("consent").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(activeId()).as("focus on the first wrong field").isEqualTo("name");
        assertAccessible("sign-up with errors");

        type("name", "Fatima El Amrani");
        type("email", "fatima@example.nl");
        new Select(byId("wijk")).selectByValue("WK039201");
        new Select(byId("ageBand")).selectByValue("45-65");
        byId("consent").click();
        screenshot("aanmelden");
        byId("signup-form").findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(byId("done-heading").getText()).isEqualTo("U bent aangemeld");
        assertThat(activeId()).isEqualTo("done-heading");
        assertAccessible("signed up");
        String link = byId("withdraw-link").getAttribute("href");
        assertThat(link).contains("intrekken.html#token=speelplek-kenaupark.");
        String token = URLDecoder.decode(link.substring(link.indexOf("#token=") + 7), StandardCharsets.UTF_8);
        String signUpId = token.split("\\.")[1];

        JsonNode stored = signUp(signUpId);
        assertThat(stored.path("status").asText()).isEqualTo("confirmed");
        assertThat(stored.path("name").asText()).isEqualTo("Fatima El Amrani");
        assertThat(stored.path("wijk").asText()).isEqualTo("WK039201");
        assertThat(stored.path("ageBand").asText()).isEqualTo("45-65");

        driver.get(link);
        visible(By.cssSelector(".site-header"));
        byId("withdraw-form");
        assertThat(driver.findElement(By.id("token-field")).isDisplayed()).isFalse();
        assertAccessible("withdrawal");
        byId("withdraw-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("heading")).getText().equals("U bent afgemeld"));
        assertThat(driver.getCurrentUrl()).doesNotContain("token");
        assertAccessible("withdrawn");

        JsonNode after = signUp(signUpId);
        assertThat(after.path("status").asText()).isEqualTo("withdrawn");
        assertThat(after.has("name")).as("personal data erased").isFalse();
        assertThat(after.has("email")).isFalse();
        assertThat(after.path("wijk").asText()).as("kept for the representativeness indicator").isEqualTo("WK039201");
    }

    @Test
    void residentSignsUpForAPanelDrawnByLot() throws Exception {
        open("/trajecten.html?id=gelote-wijkraad-zijlweg-west");
        visible(By.id("feature-0"));
        assertThat(byId("panel-features").getText()).contains("Geslacht", "Leeftijd");
        assertThat(byId("household").isDisplayed()).isTrue();
        type("name", "Kees Jansen");
        type("email", "kees@example.nl");
        type("household", "Grote Markt 2");
        byId("consent").click();
        byId("signup-form").findElement(By.cssSelector("button[type=submit]")).click();

        until(d -> "true".equals(d.findElement(By.id("feature-0")).getAttribute("aria-invalid")));
        assertThat(byId("household").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("panel sign-up with errors");
        new Select(byId("feature-0")).selectByVisibleText("man");
        new Select(byId("feature-1")).selectByVisibleText("70+");
        byId("household").clear();
        type("household", "2023 ab 5");
        byId("signup-form").findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(byId("done-heading").getText()).isEqualTo("U bent aangemeld");
        String link = byId("withdraw-link").getAttribute("href");
        String signUpId = URLDecoder.decode(link.substring(link.indexOf("#token=") + 7), StandardCharsets.UTF_8).split("\\.")[1];
        JsonNode stored = signUp("gelote-wijkraad-zijlweg-west", signUpId);
        assertThat(stored.path("features").path("geslacht").asText()).isEqualTo("man");
        assertThat(stored.path("features").path("leeftijd").asText()).isEqualTo("70+");
        // The postcode as it could have been kept; the bare digits may turn up in a timestamp's fraction or an id.
        assertThat(stored.toString().toUpperCase(Locale.ROOT)).doesNotContain("2023 AB").doesNotContain("2023AB");
    }

    @Test
    void theLanguageSwitchShowsEnglish() throws Exception {
        open("/trajecten.html?id=gelote-wijkraad-zijlweg-west");
        byId("lang-switch").click();
        try {
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(byId("signup-heading").getText()).isEqualTo("Sign up");
            assertThat(byId("agreement").getText()).contains("Who decides", "The neighbourhood platform");
            assertAccessible("English");
        } finally {
            byId("lang-switch").click();
        }
        assertThat(byId("signup-heading").getText()).isEqualTo("Aanmelden");
    }

    private static JsonNode signUp(String id) throws Exception {
        return signUp("speelplek-kenaupark", id);
    }

    private static JsonNode signUp(String trajectory, String id) throws Exception {
        for (JsonNode signUp : Site.staffGet("/staff/trajectories/" + trajectory + "/signups").path("signUps")) {
            if (signUp.path("id").asText().equals(id)) {
                return signUp;
            }
        }
        throw new AssertionError("sign-up " + id + " not stored");
    }
}

package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff run the indicator job now, open a survey round for a panel, make its codes and close it. */
class StaffIndicatorsIT extends BrowserTest {

    @BeforeEach
    void signIn() throws Exception {
        signInAsStaff();
    }

    @Test
    void staffRunTheIndicatorJobNow() throws Exception {
        open("/staff/indicatoren.html");
        until(d -> !d.findElements(By.cssSelector("#round-rows tr")).isEmpty());
        assertAccessible("staff indicators");

        type("run-period", "2027-13");
        byId("run-form").findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(visible(By.id("run-period-error")).getText()).contains("2027-03");
        assertThat(activeId()).isEqualTo("run-period");

        byId("run-period").clear();
        byId("run-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("status")).getText().startsWith("Klaar: "));
        assertThat(byId("status").getText()).containsPattern("Vastgelegd: \\d{4}");
        assertAccessible("indicator job run");
    }

    @Test
    void staffOpenASurveyRoundForAPanelMakeItsCodesAndCloseIt() throws Exception {
        String id = "panel-meting-" + System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        open("/staff/indicatoren.html");
        type("sr-id", id);
        type("sr-title", "Meting wijkpanel");
        setValue("sr-opens", today.toString());
        setValue("sr-closes", today.plusDays(14).toString());
        byId("sr-tokens").click();
        byId("round-form").findElement(By.cssSelector("button[type=submit]")).click();
        until(d -> d.findElement(By.id("status")).getText().equals("Enquêteronde " + id + " is geopend."));
        assertThat(byId("round-rows").getText()).contains("Meting wijkpanel").contains("Alleen met code");

        captureDownloads();
        type("token-count", "3");
        byId("round-rows").findElement(By.cssSelector("button[data-act=tokens][data-id='" + id + "']")).click();
        until(d -> d.findElement(By.id("status")).getText().startsWith("3 codes voor " + id));
        Map<String, String> file = downloads(1).get(0);
        assertThat(file.get("name")).isEqualTo("enquetecodes-" + id + ".csv");
        List<String> codes = file.get("text").lines().skip(1).toList();
        assertThat(codes).hasSize(3).doesNotHaveDuplicates();
        String answer = "{\"round\": \"%s\", \"token\": \"%s\", \"group\": \"inwoner\", \"answers\": {\"1.1\": 4}}";
        assertThat(Site.call("POST", "/survey/responses", answer.formatted(id, codes.get(0)), false).statusCode())
                .as("a code from the file lets a panel member answer").isEqualTo(201);
        assertAccessible("survey rounds");

        byId("round-rows").findElement(By.cssSelector("button[data-act=close][data-id='" + id + "']")).click();
        until(d -> d.findElement(By.id("status")).getText().equals("Enquêteronde " + id + " is gesloten."));
        JsonNode stored = null;
        for (JsonNode round : Site.staffGet("/staff/survey/rounds").path("rounds")) {
            if (round.path("id").asText().equals(id)) {
                stored = round;
            }
        }
        assertThat(stored).isNotNull();
        assertThat(stored.path("closed").asBoolean()).isTrue();
        assertThat(stored.path("tokensRequired").asBoolean()).isTrue();
    }
}

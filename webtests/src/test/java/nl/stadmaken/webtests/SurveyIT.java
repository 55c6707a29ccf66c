package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A resident answers the QSLD survey of the demo round; a panel member answers with the code from a letter, with the
 * keyboard alone; a wrong code is named at the code field. What was stored is read back from the table and from the
 * exact figures staff see after a run.
 */
class SurveyIT extends BrowserTest {

    private static final String ROUND = "qsld-demo";

    @Test
    void residentAnswersTheSurvey() throws Exception {
        long before = staffCount("survey-responses", "group", "collegelid");
        open("/enquete.html");
        visible(By.cssSelector("#survey-form input[name=group]"));
        assertThat(byId("round-title").getText()).isEqualTo("QSLD-meting (demo)");
        assertThat(driver.findElements(By.cssSelector("#questions fieldset.question"))).hasSize(14);
        assertThat(driver.findElement(By.id("token-field")).isDisplayed()).as("no code asked in an open round").isFalse();
        assertAccessible("survey");

        byId("survey-form").findElement(By.cssSelector("button[type=submit]")).click();
        visible(By.cssSelector(".error-summary"));
        assertThat(byId("group-inwoner-error").getText()).isEqualTo("Kies wie u bent.");
        assertThat(byId("group-inwoner").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(byId("answers-error").getText()).isEqualTo("Beantwoord minstens één vraag.");
        assertThat(byId("answers").getAttribute("aria-describedby")).contains("answers-error");
        assertThat(activeId()).as("focus on the first wrong field").isEqualTo("group-inwoner");
        assertAccessible("survey with errors");
        screenshot("enquete", byId("round-title"));

        byId("group-collegelid").click();
        byId("q-1.1-4").click();
        byId("q-4-2").click();
        byId("q-6-5").click();
        new Select(byId("wijk")).selectByValue("WK039219");
        new Select(byId("ageBand")).selectByValue("45-65");
        byId("survey-form").findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(byId("done-heading").getText()).isEqualTo("Bedankt voor uw antwoorden");
        assertThat(activeId()).isEqualTo("done-heading");
        assertThat(driver.findElement(By.id("survey-form")).isDisplayed()).isFalse();
        assertAccessible("answered");

        Map<String, AttributeValue> stored = storedResponse("collegelid", "4");
        assertThat(stored.get("answers").m()).containsOnly(Map.entry("1.1", AttributeValue.fromN("4")),
                Map.entry("4", AttributeValue.fromN("2")), Map.entry("6", AttributeValue.fromN("5")));
        assertThat(stored.get("wijk").s()).isEqualTo("WK039219");
        assertThat(stored.get("ageBand").s()).isEqualTo("45-65");
        assertThat(stored).doesNotContainKeys("token", "name", "email");
        Site.runIndicators();
        assertThat(staffCount("survey-responses", "group", "collegelid")).isEqualTo(before + 1);
        assertThat(staffFigure("qsld-6", "group", "collegelid").path("distribution").path("5").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPanelMemberAnswersWithTheKeyboardAlone() throws Exception {
        String code = panelCodes(1).get(0);
        open("/enquete.html#token=" + code);
        visible(By.cssSelector("#survey-form input[name=group]"));
        assertThat(byId("token").getAttribute("value")).isEqualTo(code);
        assertThat(driver.getCurrentUrl()).as("the code leaves the address bar").doesNotContain(code);
        driver.findElement(By.tagName("body")).click();

        tabTo("a.skip-link");
        press(Keys.ENTER);
        tabTo("input[name=group]");
        press(Keys.ARROW_DOWN);
        assertThat(byId("group-ambtenaar").isSelected()).isTrue();
        tabTo("input[name='answers.3.3']");
        press(Keys.SPACE);
        press(Keys.ARROW_RIGHT);
        assertThat(byId("q-3.3-2").isSelected()).isTrue();
        tabTo("#survey-form button[type=submit]");
        press(Keys.ENTER);

        assertThat(byId("done-heading").getText()).isEqualTo("Bedankt voor uw antwoorden");
        assertThat(activeId()).isEqualTo("done-heading");
        var again = Site.call("POST", "/survey/responses",
                "{\"round\": \"" + ROUND + "\", \"group\": \"ambtenaar\", \"answers\": {\"3.3\": 2}, \"token\": \"" + code + "\"}", false);
        assertThat(again.statusCode()).as("the code was used up by the answer").isEqualTo(403);
    }

    @Test
    void aWrongCodeIsNamedAtTheCodeField() throws Exception {
        open("/enquete.html?ronde=" + ROUND + "&token=AAAA-BBBB-CCCC-DDDD");
        visible(By.cssSelector("#survey-form input[name=group]"));
        assertThat(byId("token-field").isDisplayed()).isTrue();
        byId("group-inwoner").click();
        byId("q-2.3-5").click();
        byId("survey-form").findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(byId("token-error").getText()).startsWith("Deze code werkt niet.");
        assertThat(byId("token").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(activeId()).isEqualTo("token");
        assertAccessible("wrong code");
    }

    @Test
    void theSurveyInEnglish() throws Exception {
        open("/enquete.html");
        visible(By.cssSelector("#survey-form input[name=group]"));
        byId("q-1.2-3").click();
        byId("lang-switch").click();
        try {
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(driver.findElement(By.cssSelector("#group-field legend")).getText()).isEqualTo("Who are you?");
            assertThat(driver.findElement(By.cssSelector("label[for='q-1.2-5']")).getText()).isEqualTo("Strongly agree");
            assertThat(byId("q-1.2-3").isSelected()).as("answers stay when the language changes").isTrue();
            assertAccessible("survey in English");
        } finally {
            byId("lang-switch").click();
        }
    }

    /** Single-use codes for a panel, as staff print them in the letters. */
    private static List<String> panelCodes(int count) throws Exception {
        JsonNode tokens = Site.json("POST", "/staff/survey/rounds/" + ROUND + "/tokens", "{\"count\": " + count + "}", true).path("tokens");
        return StreamSupport.stream(tokens.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Map<String, AttributeValue> storedResponse(String group, String question) throws Exception {
        return Site.storedItems("IndicatorsTable", "SURVEY#" + ROUND).stream()
                .filter(item -> item.get("group").s().equals(group) && item.get("answers").m().containsKey(question))
                .reduce((first, later) -> later)
                .orElseThrow(() -> new AssertionError("no " + group + " response stored"));
    }

    private static JsonNode staffFigure(String indicator, String dimension, String cell) throws Exception {
        for (JsonNode entry : Site.staffGet("/staff/indicators?period=month").path("indicators")) {
            if (entry.path("id").asText().equals(indicator)) {
                for (JsonNode figure : entry.path("figures")) {
                    if (figure.path("dimension").asText().equals(dimension) && figure.path("cell").asText().equals(cell)) {
                        return figure;
                    }
                }
            }
        }
        return MissingNode.getInstance();
    }

    private static long staffCount(String indicator, String dimension, String cell) throws Exception {
        return staffFigure(indicator, dimension, cell).path("count").asLong(0);
    }
}

package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The public indicator dashboard against the API's own answer: per goal the charts hold the published numbers and
 * the tables show every figure, with withheld cells as such; the period switch, the course over time and English.
 */
class DashboardIT extends BrowserTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Set<String> COUNTED = Set.of("count", "count-until-today");

    @Test
    void theChartsAndTablesShowTheNumbersTheApiReturns() throws Exception {
        open("/indicatoren.html");
        until(d -> d.findElement(By.id("dash-status")).getText().startsWith("Dit zijn de cijfers van"));
        JsonNode api = Site.json("GET", "/indicators?period=quarter", null, false);

        for (String goal : List.of("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8")) {
            assertThat(byId("goal-" + goal + "-heading").getText()).startsWith("Doel " + goal.substring(1) + ": ");
        }
        List<WebElement> canvases = driver.findElements(By.cssSelector("#goals canvas"));
        assertThat(canvases).hasSizeGreaterThanOrEqualTo(8);
        for (WebElement canvas : canvases) {
            assertThat(canvas.getAttribute("role")).isEqualTo("img");
            assertThat(canvas.getAttribute("aria-label")).contains("Alle getallen staan ook in de tabel");
            assertThat(js("return Chart.getChart(arguments[0]) !== undefined", canvas)).as(canvas.getAttribute("id")).isEqualTo(true);
        }
        assertThat(chartData("chart-G3-count", 0)).isEqualTo(totals(api, "G3", COUNTED));
        assertThat(chartData("chart-G1-score", 0)).isEqualTo(totals(api, "G1", Set.of("mean")));

        int rows = 0;
        int withheld = 0;
        for (JsonNode indicator : api.path("indicators")) {
            String goal = indicator.path("goals").get(0).asText();
            for (JsonNode figure : indicator.path("figures")) {
                WebElement row = driver.findElement(By.cssSelector("#table-%s tr[data-indicator='%s'][data-dimension='%s'][data-cell='%s']"
                        .formatted(goal, indicator.path("id").asText(), figure.path("dimension").asText(), figure.path("cell").asText())));
                String value = row.findElements(By.tagName("td")).get(1).getText();
                if (figure.path("suppressed").asBoolean()) {
                    assertThat(value).isEqualTo("te weinig om te tonen");
                    withheld++;
                } else if (figure.has("value") && COUNTED.contains(indicator.path("aggregation").asText())) {
                    assertThat(value).isEqualTo(String.format(DUTCH, "%,d", figure.path("value").asLong()));
                } else if (figure.has("value") && indicator.path("aggregation").asText().equals("mean")) {
                    assertThat(value).isEqualTo(String.format(DUTCH, "%.1f", figure.path("value").asDouble()));
                    assertThat(row.findElements(By.tagName("td")).get(2).getText()).isEqualTo(Long.toString(figure.path("count").asLong()));
                }
                rows++;
            }
        }
        assertThat(withheld).as("the demo data has small cells").isPositive();
        assertThat(driver.findElements(By.cssSelector("#goals tbody tr")).size()).as("every figure under each of its goals")
                .isGreaterThanOrEqualTo(rows);
        assertAccessible("dashboard");
        screenshot("indicatoren");
        screenshot("indicatoren-tabel", byId("goal-G3"));
    }

    @Test
    void theYearAndTheCourseOfOneIndicator() throws Exception {
        open("/indicatoren.html");
        until(d -> d.findElement(By.id("dash-status")).getText().startsWith("Dit zijn de cijfers van"));
        driver.findElement(By.cssSelector("label[for=period-year]")).click();
        String year = Integer.toString(LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear());
        until(d -> d.findElement(By.id("dash-status")).getText().startsWith("Dit zijn de cijfers van " + year + ", uitgerekend op "));
        JsonNode api = Site.json("GET", "/indicators?period=year", null, false);
        assertThat(chartData("chart-G3-count", 0)).isEqualTo(totals(api, "G3", COUNTED));
        assertAccessible("year");

        new Select(byId("trend-indicator")).selectByValue("survey-responses");
        until(d -> d.findElement(By.id("trend-caption")).getText().equals("Verloop: Antwoorden op de QSLD-vragenlijst"));
        JsonNode history = Site.json("GET", "/indicators/survey-responses/history?period=year", null, false).path("history");
        WebElement current = until(d -> d.findElement(By.cssSelector("#trend-rows tr[data-period='" + year + "']")));
        for (JsonNode entry : history) {
            if (entry.path("period").asText().equals(year)) {
                assertThat(current.findElement(By.tagName("td")).getText())
                        .isEqualTo(String.format(DUTCH, "%,d", entry.path("figure").path("value").asLong()));
            }
        }
        assertThat(driver.findElements(By.cssSelector("#trend-rows tr[data-period='" + (Integer.parseInt(year) + 1) + "']")))
                .as("periods ahead hold only promises and are left out").isEmpty();
        assertThat(js("return Chart.getChart(document.getElementById('trend-chart')).data.labels.length")).isEqualTo(
                (long) driver.findElements(By.cssSelector("#trend-rows tr")).size());
        assertAccessible("course over time");

        byId("lang-switch").click();
        try {
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Figures on taking part in Haarlem");
            assertThat(byId("goal-G1-heading").getText()).startsWith("Goal 1: ");
            assertThat(driver.findElements(By.cssSelector("#goals td.withheld")).stream().map(WebElement::getText).distinct())
                    .containsOnly("too few to show");
            assertAccessible("English");
        } finally {
            byId("lang-switch").click();
        }
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** A dataset of a chart as Chart.js holds it, numbers as doubles and gaps as null. */
    private static List<Double> chartData(String canvasId, int dataset) {
        List<?> data = (List<?>) js("return Chart.getChart(document.getElementById(arguments[0])).data.datasets[arguments[1]].data",
                canvasId, dataset);
        List<Double> values = new ArrayList<>();
        data.forEach(value -> values.add(value == null ? null : ((Number) value).doubleValue()));
        return values;
    }

    /** The overall figure of each indicator of a goal with one of the aggregations; null where it is not published. */
    private static List<Double> totals(JsonNode snapshot, String goal, Set<String> aggregations) {
        List<Double> totals = new ArrayList<>();
        for (JsonNode indicator : snapshot.path("indicators")) {
            boolean inGoal = false;
            for (JsonNode id : indicator.path("goals")) {
                inGoal |= id.asText().equals(goal);
            }
            if (inGoal && aggregations.contains(indicator.path("aggregation").asText())) {
                for (JsonNode figure : indicator.path("figures")) {
                    if (figure.path("dimension").asText().equals("total")) {
                        totals.add(figure.path("suppressed").asBoolean() || !figure.has("value") ? null : figure.path("value").asDouble());
                    }
                }
            }
        }
        return totals;
    }
}

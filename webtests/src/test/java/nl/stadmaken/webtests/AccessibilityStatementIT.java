package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Every page links the accessibility statement from its footer, and the home page leads to the survey and the figures. */
class AccessibilityStatementIT extends BrowserTest {

    private static final List<String> PAGES = List.of("/index.html", "/trajecten.html", "/intrekken.html", "/stemmen.html",
            "/spreekuur.html", "/spreekuur-beheren.html", "/enquete.html", "/indicatoren.html", "/toegankelijkheidsverklaring.html",
            "/staff/index.html", "/staff/trajecten.html", "/staff/begroting.html", "/staff/spreekuur.html");

    @Test
    void everyFooterLinksTheStatement() throws Exception {
        for (String page : PAGES) {
            open(page);
            WebElement link = visible(By.cssSelector(".site-footer a"));
            assertThat(link.getText()).as(page).isEqualTo("Toegankelijkheidsverklaring");
            assertThat(link.getAttribute("href")).as(page).isEqualTo(Site.base() + "/toegankelijkheidsverklaring.html");
        }
    }

    @Test
    void theStatementNamesTheStandardItsStatusAndWhereToReport() throws Exception {
        open("/index.html");
        driver.findElement(By.cssSelector(".site-footer a")).click();
        assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Toegankelijkheidsverklaring");
        String text = byId("main").getText();
        assertThat(text).contains("WCAG 2.1", "EN 301 549", "voldoen gedeeltelijk", "14 023");
        assertAccessible("accessibility statement");

        byId("lang-switch").click();
        try {
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Accessibility statement");
            assertAccessible("accessibility statement in English");
        } finally {
            byId("lang-switch").click();
        }
    }

    @Test
    void theHomePageLeadsToTheSurveyAndTheFigures() throws Exception {
        open("/index.html");
        assertAccessible("home");
        driver.findElement(By.cssSelector("main a[href='enquete.html']")).click();
        assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Enquête: meedoen in Haarlem");
        open("/index.html");
        driver.findElement(By.cssSelector("main a[href='indicatoren.html']")).click();
        assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Cijfers over meedoen in Haarlem");
    }
}

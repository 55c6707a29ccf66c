package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A resident books a spreekuur, moves and cancels it from the manage link; and books with the keyboard alone. */
class SpreekuurIT extends BrowserTest {

    @Test
    void residentBooksMovesAndCancels() throws Exception {
        open("/spreekuur.html");
        until(d -> d.findElement(By.id("slot-status")).getText().startsWith("Er zijn"));
        byId("host-wethouder-wonen").click();
        until(d -> d.findElement(By.cssSelector("#slots input[name=slot]")).getAttribute("id").startsWith("slot-wethouder-wonen-"));
        List<WebElement> slots = driver.findElements(By.cssSelector("#slots input[name=slot]"));
        assertThat(slots).hasSizeGreaterThan(2);
        assertThat(slots.get(0).getAttribute("id")).startsWith("slot-wethouder-wonen-");
        assertAccessible("booking form");

        driver.findElement(By.cssSelector("#booking-form button[type=submit]")).click();
        visible(By.cssSelector(".error-summary"));
        assertThat(visible(By.cssSelector("#slots")).findElement(By.xpath("..")).findElement(By.className("field-error")).getText())
                .isEqualTo("Kies een tijd.");
        slots.get(0).click();
        driver.findElement(By.cssSelector("#booking-form button[type=submit]")).click();
        until(d -> d.findElement(By.id("name")).getAttribute("aria-invalid") != null);
        assertThat(byId("topic").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("booking with errors");

        type("name", "Henk Jansen");
        type("email", "henk@example.nl");
        type("topic", "Groen in de Amsterdamse Buurt");
        byId("interpreter").sendKeys("Turks");
        screenshot("spreekuur");
        driver.findElement(By.cssSelector("#booking-form button[type=submit]")).click();

        assertThat(byId("booked-heading").getText()).isEqualTo("Uw afspraak staat");
        assertThat(byId("booked-text").getText()).contains("Wethouder Wonen en Wijken");
        assertThat(byId("ics-link").getAttribute("href")).startsWith("data:text/calendar").contains("BEGIN%3AVCALENDAR");
        assertAccessible("booked");
        screenshot("spreekuur-bevestiging");
        String token = token(byId("manage-link").getAttribute("href"));
        JsonNode booked = lookup(token);
        assertThat(booked.path("status").asText()).isEqualTo("booked");
        assertThat(booked.path("resident").path("name").asText()).isEqualTo("Henk Jansen");
        assertThat(booked.path("resident").path("interpreter").asText()).isEqualTo("Turks");
        String firstSlot = booked.path("slot").path("id").asText();

        driver.get(byId("manage-link").getAttribute("href"));
        visible(By.cssSelector("#slots input[name=slot]"));
        assertThat(byId("booking-text").getText()).startsWith("U heeft een afspraak met Wethouder Wonen en Wijken");
        assertAccessible("manage");
        WebElement other = driver.findElements(By.cssSelector("#slots input[name=slot]")).get(1);
        String otherSlot = other.getAttribute("value");
        other.click();
        driver.findElement(By.cssSelector("#move-form button[type=submit]")).click();
        until(d -> d.findElement(By.id("result")).getText().startsWith("Uw afspraak is verzet"));
        assertThat(lookup(token).path("slot").path("id").asText()).isEqualTo(otherSlot).isNotEqualTo(firstSlot);
        assertAccessible("moved");

        driver.findElement(By.cssSelector("#cancel-form button[type=submit]")).click();
        until(d -> d.findElement(By.id("result")).getText().equals("Uw afspraak is afgezegd."));
        assertThat(byId("booking-text").getText()).contains("is afgezegd");
        JsonNode cancelled = lookup(token);
        assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.has("resident")).as("personal data erased").isFalse();
        assertAccessible("cancelled");
    }

    @Test
    void aFullBookingWithTheKeyboardAlone() throws Exception {
        open("/spreekuur.html");
        until(d -> d.findElement(By.id("slot-status")).getText().startsWith("Er zijn"));
        driver.findElement(By.tagName("body")).click();

        tabTo("a.skip-link");
        press(Keys.ENTER);
        tabTo("input[name=host]");
        press(Keys.ARROW_DOWN);
        assertThat(byId("host-wethouder-wonen").isSelected()).isTrue();
        until(d -> d.findElement(By.cssSelector("#slots input[name=slot]")).getAttribute("id").startsWith("slot-wethouder-wonen-"));
        tabTo("input[name=slot]");
        press(Keys.SPACE);
        String slot = driver.switchTo().activeElement().getAttribute("value");
        assertThat(driver.switchTo().activeElement().isSelected()).isTrue();
        tabTo("#name");
        press("Ayşe Yılmaz");
        tabTo("#phone");
        press("06 12345678");
        tabTo("#topic");
        press("Een bankje in het park");
        tabTo("#booking-form button[type=submit]");
        press(Keys.ENTER);

        assertThat(byId("booked-heading").getText()).isEqualTo("Uw afspraak staat");
        assertThat(activeId()).isEqualTo("booked-heading");
        tabTo("#ics-link");
        WebElement manage = tabTo("#manage-link");
        JsonNode stored = lookup(token(manage.getAttribute("href")));
        assertThat(stored.path("slot").path("id").asText()).isEqualTo(slot);
        assertThat(stored.path("resident").path("name").asText()).isEqualTo("Ayşe Yılmaz");
        assertThat(stored.path("resident").path("phone").asText()).contains("12345678");
    }

    private static String token(String href) {
        return URLDecoder.decode(href.substring(href.indexOf("#token=") + 7), StandardCharsets.UTF_8);
    }

    private static JsonNode lookup(String token) throws Exception {
        return Site.json("POST", "/spreekuur/bookings/lookup", "{\"token\": \"" + token + "\"}", false);
    }
}

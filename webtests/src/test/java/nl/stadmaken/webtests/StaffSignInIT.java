package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stadmaken.testkit.JsonTrees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Staff sign in as they do in AWS: the OAuth 2.0 code flow with PKCE at the hosted sign-in that config.js names,
 * here the runner's stand-in for Cognito, and back to the staff page they came from with a token the API accepts.
 */
class StaffSignInIT extends BrowserTest {

    @BeforeEach
    void signedOut() throws Exception {
        open("/staff/index.html");
        js().executeScript("sessionStorage.clear()");
    }

    @Test
    void aStaffPageWithoutATokenSendsStaffToSignInWithPkceAndBack() throws Exception {
        String signInPage = Site.base() + "/staff/index.html";
        String staffPage = Site.base() + "/staff/trajecten.html";
        open("/staff/trajecten.html");
        until(d -> d.getCurrentUrl().equals(signInPage));
        byId("cognito");
        assertAccessible("staff sign-in at the hosted sign-in");

        byId("cognito").click();
        until(d -> d.getCurrentUrl().contains("/oauth2/authorize?"));
        URI authorize = URI.create(driver.getCurrentUrl());
        assertThat(authorize.getPort()).as("another origin, as Cognito's domain is").isNotEqualTo(Site.runner().port());
        Map<String, String> request = query(authorize.getRawQuery());
        assertThat(request).containsEntry("response_type", "code").containsEntry("client_id", "stadmaken-local")
                .containsEntry("redirect_uri", Site.base() + "/staff/").containsEntry("code_challenge_method", "S256")
                .containsEntry("scope", "openid email").containsKeys("state", "code_challenge");
        assertThat(request.get("code_challenge")).hasSize(43);
        assertAccessible("hosted sign-in stand-in");
        byId("sign-in").click();

        until(d -> d.getCurrentUrl().equals(staffPage));
        until(d -> d.findElement(By.id("rows")).getText().contains("fietsparkeren-station"));
        assertAccessible("staff trajectories after signing in");
        JsonNode claims = claims((String) js().executeScript("return sessionStorage.getItem('stadmaken.staffToken')"));
        assertThat(claims.path("cognito:groups").toString()).isEqualTo("[\"staff\"]");
        assertThat(claims.path("token_use").asText()).isEqualTo("id");
        assertThat(claims.path("aud").asText()).isEqualTo("stadmaken-local");
        assertThat(js().executeScript("return [sessionStorage.getItem('stadmaken.pkceVerifier'), "
                + "sessionStorage.getItem('stadmaken.pkceState'), sessionStorage.getItem('stadmaken.returnTo')]"))
                .as("nothing of the sign-in is left behind").isEqualTo(Arrays.asList(null, null, null));
    }

    @Test
    void aTokenTheApiRefusesSendsStaffToSignInAgain() throws Exception {
        String signInPage = Site.base() + "/staff/index.html";
        js().executeScript("sessionStorage.setItem('stadmaken.staffToken', 'not-a-token')");
        open("/staff/begroting.html");
        until(d -> d.getCurrentUrl().equals(signInPage));

        signInAtTheHostedSignIn("/staff/begroting.html");
        until(d -> !d.findElements(By.cssSelector("#rows tr")).isEmpty());
    }

    @Test
    void aRefusalFromTheHostedSignInIsShownAboveTheButton() throws Exception {
        open("/staff/index.html?error=access_denied&state=x");

        assertThat(visible(By.cssSelector("#signed-out .error-summary")).getText()).contains("Inloggen is niet gelukt. Probeer het opnieuw.");
        assertThat(driver.getCurrentUrl()).isEqualTo(Site.base() + "/staff/index.html");
        assertThat(byId("cognito").isDisplayed()).isTrue();
        assertAccessible("hosted sign-in refused");
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private static JsonNode claims(String jwt) {
        return JsonTrees.read(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String rawQuery) {
        return Arrays.stream(rawQuery.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}

package nl.stadmaken.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.stadmaken.testkit.TestClock;
import org.junit.jupiter.api.Test;

class HostedSignInTest {

    private static final String PAGES = "http://127.0.0.1:3000/staff/";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private final TestClock clock = new TestClock(Instant.parse("2027-03-01T10:00:00Z"));
    private final LocalIssuer issuer = new LocalIssuer("http://127.0.0.1:3000/local-issuer", clock);
    private final HostedSignIn signIn = new HostedSignIn(issuer, Set.of(PAGES), clock, new Random(7));

    @Test
    void aCodeRedeemedWithItsVerifierGivesTokensTheAuthorizerAcceptsWithTheStaffGroup() throws Exception {
        String code = code(authorize(Map.of()));

        var tokens = (HostedSignIn.Redemption.Tokens) signIn.redeem(tokenForm(code, VERIFIER));

        var id = issuer.verify("Bearer " + tokens.idToken()).orElseThrow();
        assertThat(id).containsEntry("cognito:groups", "[staff]").containsEntry("token_use", "id")
                .containsEntry("aud", "[stadmaken-local]").containsEntry("sub", "local-staff")
                .containsEntry("email", "medewerker@stadmaken.local");
        assertThat(SignedJWT.parse(tokens.idToken()).getPayload().toString())
                .as("a JSON list, as Cognito writes it").contains("\"cognito:groups\":[\"staff\"]");
        var access = issuer.verify("Bearer " + tokens.accessToken()).orElseThrow();
        assertThat(access).containsEntry("token_use", "access").containsEntry("client_id", "stadmaken-local")
                .containsEntry("scope", "openid email").containsEntry("cognito:groups", "[staff]").doesNotContainKey("aud");
        assertThat(tokens.expiresIn()).isEqualTo(3600);
    }

    @Test
    void computesTheChallengeOfTheRfc7636Example() {
        assertThat(new String(HostedSignIn.challenge(VERIFIER), StandardCharsets.US_ASCII)).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void refusesAWrongVerifierAndThenTheCodeIsSpent() {
        String code = code(authorize(Map.of()));

        assertThat(signIn.redeem(tokenForm(code, VERIFIER.replace('d', 'e'))))
                .isEqualTo(new HostedSignIn.Redemption.Refused(400, "invalid_grant", "code_verifier does not match the code_challenge"));
        assertThat(signIn.redeem(tokenForm(code, VERIFIER))).isInstanceOf(HostedSignIn.Redemption.Refused.class);
    }

    @Test
    void refusesACodeTheSecondTime() {
        String code = code(authorize(Map.of()));
        assertThat(signIn.redeem(tokenForm(code, VERIFIER))).isInstanceOf(HostedSignIn.Redemption.Tokens.class);

        assertThat(signIn.redeem(tokenForm(code, VERIFIER)))
                .isEqualTo(new HostedSignIn.Redemption.Refused(400, "invalid_grant", "the code is unknown, used or expired"));
    }

    @Test
    void refusesACodeAfterFiveMinutes() {
        String code = code(authorize(Map.of()));
        clock.set(Instant.parse("2027-03-01T10:05:00Z"));

        assertThat(signIn.redeem(tokenForm(code, VERIFIER)))
                .isEqualTo(new HostedSignIn.Redemption.Refused(400, "invalid_grant", "the code is unknown, used or expired"));
    }

    @Test
    void refusesACodeForAnotherRedirectUriOrClient() {
        Map<String, String> otherPage = tokenForm(code(authorize(Map.of())), VERIFIER);
        otherPage.put("redirect_uri", "http://127.0.0.1:3000/staff/trajecten.html");
        Map<String, String> otherClient = tokenForm(code(authorize(Map.of())), VERIFIER);
        otherClient.put("client_id", "someone-else");

        assertThat(signIn.redeem(otherPage)).extracting(r -> ((HostedSignIn.Redemption.Refused) r).error()).isEqualTo("invalid_grant");
        assertThat(signIn.redeem(otherClient)).extracting(r -> ((HostedSignIn.Redemption.Refused) r).error()).isEqualTo("invalid_client");
    }

    @Test
    void neverSendsAnUnknownClientOrUnregisteredRedirectUriAnywhere() {
        assertThat(signIn.check(request(Map.of("client_id", "someone-else")))).isInstanceOf(HostedSignIn.Check.NotRedirectable.class);
        assertThat(signIn.check(request(Map.of("redirect_uri", "https://evil.example/staff/"))))
                .isInstanceOf(HostedSignIn.Check.NotRedirectable.class);
    }

    @Test
    void sendsBackAnErrorWithTheStateForWhatPkceOrTheFlowLacks() {
        assertThat(signIn.check(request(Map.of("code_challenge_method", "plain"))))
                .isEqualTo(new HostedSignIn.Check.ErrorRedirect(PAGES + "?error=invalid_request&state=xyz"));
        assertThat(signIn.check(request(Map.of("code_challenge", "too-short"))))
                .isEqualTo(new HostedSignIn.Check.ErrorRedirect(PAGES + "?error=invalid_request&state=xyz"));
        assertThat(signIn.check(request(Map.of("response_type", "token"))))
                .isEqualTo(new HostedSignIn.Check.ErrorRedirect(PAGES + "?error=unsupported_response_type&state=xyz"));
        assertThat(signIn.check(request(Map.of("scope", "openid aws.cognito.signin.user.admin"))))
                .isEqualTo(new HostedSignIn.Check.ErrorRedirect(PAGES + "?error=invalid_scope&state=xyz"));
        assertThat(signIn.check(request(Map.of("state", ""))))
                .isEqualTo(new HostedSignIn.Check.ErrorRedirect(PAGES + "?error=invalid_request"));
    }

    private HostedSignIn.Authorization authorize(Map<String, String> changes) {
        return ((HostedSignIn.Check.Valid) signIn.check(request(changes))).authorization();
    }

    private String code(HostedSignIn.Authorization authorization) {
        String location = signIn.approve(authorization);
        assertThat(location).startsWith(PAGES + "?code=").endsWith("&state=xyz");
        return location.substring(location.indexOf("code=") + 5, location.indexOf('&'));
    }

    private static Map<String, String> request(Map<String, String> changes) {
        Map<String, String> request = new HashMap<>(Map.of("response_type", "code", "client_id", "stadmaken-local",
                "redirect_uri", PAGES, "scope", "openid email", "state", "xyz", "code_challenge_method", "S256",
                "code_challenge", new String(HostedSignIn.challenge(VERIFIER), StandardCharsets.US_ASCII)));
        request.putAll(changes);
        return request;
    }

    private static Map<String, String> tokenForm(String code, String verifier) {
        return new HashMap<>(Map.of("grant_type", "authorization_code", "client_id", "stadmaken-local", "code", code,
                "redirect_uri", PAGES, "code_verifier", verifier));
    }
}

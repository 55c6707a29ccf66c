package nl.stadmaken.local;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cognito's hosted sign-in as the staff pages meet it, for one public app client and one local staff user: the OAuth
 * 2.0 authorization code flow with PKCE (S256 only, and a state, which the pages always send). Codes are single-use
 * and live five minutes, as Cognito's do; the tokens carry Cognito's claims and are signed by the runner's issuer, so
 * the local authorizer takes them as API Gateway takes Cognito's.
 */
final class HostedSignIn {

    static final String CLIENT_ID = LocalIssuer.AUDIENCE;
    static final StaffUser LOCAL_STAFF = new StaffUser("local-staff", "medewerker@stadmaken.local", List.of("staff"));
    static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final Set<String> SCOPES = Set.of("openid", "email");
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    record StaffUser(String subject, String email, List<String> groups) {
    }

    /** An authorize request from the registered client with a registered redirect URI and everything PKCE needs. */
    record Authorization(String redirectUri, String state, String scope, String codeChallenge) {
    }

    /** What an authorize request comes to; only a known client and redirect URI may be sent back with an error. */
    sealed interface Check {
        record NotRedirectable(String error) implements Check {
        }

        record ErrorRedirect(String location) implements Check {
        }

        record Valid(Authorization authorization) implements Check {
        }
    }

    /** What the token endpoint answers. */
    sealed interface Redemption {
        record Tokens(String idToken, String accessToken, long expiresIn) implements Redemption {
        }

        record Refused(int status, String error, String description) implements Redemption {
        }
    }

    private record IssuedCode(Authorization authorization, Instant authTime) {
    }

    private final LocalIssuer issuer;
    private final Set<String> redirectUris;
    private final Clock clock;
    private final RandomGenerator random;
    private final Map<String, IssuedCode> codes = new ConcurrentHashMap<>();

    HostedSignIn(LocalIssuer issuer, Set<String> redirectUris, Clock clock, RandomGenerator random) {
        this.issuer = issuer;
        this.redirectUris = Set.copyOf(redirectUris);
        this.clock = clock;
        this.random = random;
    }

    /** The origins of the redirect URIs: the pages that may read the token endpoint's answers. */
    Set<String> pageOrigins() {
        return redirectUris.stream().map(URI::create).map(uri -> uri.getScheme() + "://" + uri.getRawAuthority())
                .collect(Collectors.toUnmodifiableSet());
    }

    Check check(Map<String, String> parameters) {
        if (!CLIENT_ID.equals(parameters.get("client_id"))) {
            return new Check.NotRedirectable("unknown client_id");
        }
        String redirectUri = parameters.get("redirect_uri");
        if (!redirectUris.contains(redirectUri)) {
            return new Check.NotRedirectable("redirect_uri is not one of the client's callback URLs");
        }
        String state = parameters.getOrDefault("state", "");
        String scope = parameters.getOrDefault("scope", "openid");
        String problem = !"code".equals(parameters.get("response_type")) ? "unsupported_response_type"
                : !"S256".equals(parameters.get("code_challenge_method")) ? "invalid_request"
                : !CHALLENGE.matcher(parameters.getOrDefault("code_challenge", "")).matches() ? "invalid_request"
                : state.isEmpty() ? "invalid_request"
                : !SCOPES.containsAll(List.of(scope.split(" "))) ? "invalid_scope"
                : null;
        if (problem != null) {
            Map<String, String> answer = new LinkedHashMap<>();
            answer.put("error", problem);
            if (!state.isEmpty()) {
                answer.put("state", state);
            }
            return new Check.ErrorRedirect(withQuery(redirectUri, answer));
        }
        return new Check.Valid(new Authorization(redirectUri, state, scope, parameters.get("code_challenge")));
    }

    /** The local staff user signs in: a fresh code goes back to the page with its state. */
    String approve(Authorization authorization) {
        Instant now = clock.instant();
        codes.values().removeIf(issued -> expired(issued, now));
        String code = new UUID(random.nextLong(), random.nextLong()).toString();
        codes.put(code, new IssuedCode(authorization, now));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", code);
        answer.put("state", authorization.state());
        return withQuery(authorization.redirectUri(), answer);
    }

    /** The authorization_code grant. A code is spent by its first redemption, right or wrong, so it cannot be tried twice. */
    Redemption redeem(Map<String, String> form) {
        if (!"authorization_code".equals(form.get("grant_type"))) {
            return new Redemption.Refused(400, "unsupported_grant_type", "only authorization_code is emulated");
        }
        if (!CLIENT_ID.equals(form.get("client_id"))) {
            return new Redemption.Refused(401, "invalid_client", "unknown client_id");
        }
        IssuedCode issued = form.get("code") == null ? null : codes.remove(form.get("code"));
        Instant now = clock.instant();
        if (issued == null || expired(issued, now)) {
            return new Redemption.Refused(400, "invalid_grant", "the code is unknown, used or expired");
        }
        if (!issued.authorization().redirectUri().equals(form.get("redirect_uri"))) {
            return new Redemption.Refused(400, "invalid_grant", "redirect_uri differs from the authorize request's");
        }
        String verifier = form.getOrDefault("code_verifier", "");
        if (!VERIFIER.matcher(verifier).matches() || !MessageDigest.isEqual(challenge(verifier),
                issued.authorization().codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
            return new Redemption.Refused(400, "invalid_grant", "code_verifier does not match the code_challenge");
        }
        String scope = issued.authorization().scope();
        String idToken = List.of(scope.split(" ")).contains("openid") ? idToken(issued.authTime(), now) : null;
        return new Redemption.Tokens(idToken, accessToken(scope, issued.authTime(), now), TOKEN_LIFETIME.toSeconds());
    }

    private static boolean expired(IssuedCode issued, Instant now) {
        return !now.isBefore(issued.authTime().plus(CODE_LIFETIME));
    }

    /** Cognito's id token: the client as audience, the groups as a JSON list, the e-mail address. */
    private String idToken(Instant authTime, Instant now) {
        return issuer.sign(common(authTime, now)
                .audience(CLIENT_ID)
                .claim("token_use", "id")
                .claim("cognito:username", LOCAL_STAFF.subject())
                .claim("email", LOCAL_STAFF.email())
                .claim("email_verified", true)
                .build());
    }

    /** Cognito's access token has no audience, but names the client; the authorizer accepts it by that. */
    private String accessToken(String scope, Instant authTime, Instant now) {
        return issuer.sign(common(authTime, now)
                .claim("token_use", "access")
                .claim("client_id", CLIENT_ID)
                .claim("scope", scope)
                .claim("username", LOCAL_STAFF.subject())
                .claim("version", 2)
                .build());
    }

    private JWTClaimsSet.Builder common(Instant authTime, Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .subject(LOCAL_STAFF.subject())
                .claim("cognito:groups", LOCAL_STAFF.groups())
                .claim("auth_time", authTime.getEpochSecond())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .jwtID(new UUID(random.nextLong(), random.nextLong()).toString());
    }

    static byte[] challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encode(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String withQuery(String uri, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return uri + (uri.contains("?") ? "&" : "?") + query;
    }
}

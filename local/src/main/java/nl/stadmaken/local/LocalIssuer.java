package nl.stadmaken.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stands in for Cognito and the HTTP API JWT authorizer locally: issues RS256 staff tokens, and checks a bearer token
 * the way the authorizer does (signature, issuer, audience or else client_id, expiry, not-before) before passing its
 * claims on, with list claims rendered as API Gateway renders them ({@code [staff]}).
 */
final class LocalIssuer {

    static final String AUDIENCE = "stadmaken-local";
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final RSAKey key;
    private final String issuer;
    private final Clock clock;

    LocalIssuer(String issuer, Clock clock) {
        try {
            this.key = new RSAKeyGenerator(2048).keyID("local-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make a signing key", e);
        }
        this.issuer = issuer;
        this.clock = clock;
    }

    String issuer() {
        return issuer;
    }

    String staffToken(String subject, List<String> groups, Duration validFor) {
        return token(issuer, AUDIENCE, subject, groups, validFor);
    }

    /** A token signed with this issuer's key but saying what the caller likes; tests use it for wrong claims. */
    String token(String claimedIssuer, String audience, String subject, List<String> groups, Duration validFor) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(claimedIssuer)
                .audience(audience)
                .subject(subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validFor)))
                .claim("cognito:groups", groups)
                .claim("token_use", "id")
                .build();
        return sign(claims);
    }

    /** Signs claims with the one key the authorizer here accepts, as the hosted sign-in does for its tokens. */
    String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** The claims of a valid {@code Authorization: Bearer} token, or empty when the authorizer would refuse it. */
    Optional<Map<String, String>> verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring(7).trim());
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            boolean valid = issuer.equals(claims.getIssuer()) && forThisApi(claims)
                    && claims.getExpirationTime() != null && now.minus(SKEW).isBefore(claims.getExpirationTime().toInstant())
                    && (claims.getNotBeforeTime() == null || !now.plus(SKEW).isBefore(claims.getNotBeforeTime().toInstant()));
            if (!valid) {
                return Optional.empty();
            }
            Map<String, String> passed = new LinkedHashMap<>();
            claims.getClaims().forEach((name, value) -> passed.put(name, render(value)));
            return Optional.of(passed);
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    /** API Gateway checks {@code aud}, and {@code client_id} only when there is no {@code aud} (Cognito's access tokens). */
    private static boolean forThisApi(JWTClaimsSet claims) throws ParseException {
        if (claims.getAudience() != null && !claims.getAudience().isEmpty()) {
            return claims.getAudience().contains(AUDIENCE);
        }
        return AUDIENCE.equals(claims.getStringClaim("client_id"));
    }

    private static String render(Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(" ", list.stream().map(String::valueOf).toList()) + "]";
        }
        if (value instanceof Date date) {
            return Long.toString(date.toInstant().getEpochSecond());
        }
        return String.valueOf(value);
    }
}

package nl.stadmaken.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalIssuerTest {

    private final Clock now = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final LocalIssuer issuer = new LocalIssuer("http://127.0.0.1:3000/local-issuer", now);

    @Test
    void passesClaimsOnAsTheAuthorizerDoes() {
        String token = issuer.staffToken("anna", List.of("staff", "raad"), Duration.ofHours(1));

        var claims = issuer.verify("Bearer " + token).orElseThrow();

        assertThat(claims).containsEntry("sub", "anna").containsEntry("cognito:groups", "[staff raad]")
                .containsEntry("iss", "http://127.0.0.1:3000/local-issuer");
    }

    @Test
    void refusesExpiredForeignAndMalformedTokens() {
        String expired = issuer.staffToken("anna", List.of("staff"), Duration.ofMinutes(-5));
        String foreign = new LocalIssuer("http://127.0.0.1:3000/local-issuer", now).staffToken("anna", List.of("staff"), Duration.ofHours(1));
        String otherIssuer = new LocalIssuer("http://elsewhere/", now).staffToken("anna", List.of("staff"), Duration.ofHours(1));

        assertThat(issuer.verify("Bearer " + expired)).isEmpty();
        assertThat(issuer.verify("Bearer " + foreign)).isEmpty();
        assertThat(issuer.verify("Bearer " + otherIssuer)).isEmpty();
        assertThat(issuer.verify("Bearer abc.def.ghi")).isEmpty();
        assertThat(issuer.verify(null)).isEmpty();
        assertThat(issuer.verify(issuer.staffToken("anna", List.of("staff"), Duration.ofHours(1)))).as("no Bearer prefix").isEmpty();
    }
}

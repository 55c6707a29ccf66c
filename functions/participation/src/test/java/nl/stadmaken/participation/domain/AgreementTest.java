package nl.stadmaken.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.stadmaken.shared.problem.FieldError;
import org.junit.jupiter.api.Test;

class AgreementTest {

    static Agreement complete() {
        return new Agreement("Speelplek", "Het ontwerp", Choice.DecidingBody.COLLEGE, null, Choice.Level.ADVISEREN,
                "Toestellen", "Budget", Instant.parse("2027-02-01T08:00:00Z"), Instant.parse("2027-04-01T15:00:00Z"),
                LocalDate.parse("2027-06-15"), LocalDate.parse("2027-07-01"), "Brief", "Team Participatie", null, "023 511 5115");
    }

    @Test
    void completeAgreementMissesNothing() {
        assertThat(complete().missingParts()).isEmpty();
        assertThat(complete().isComplete()).isTrue();
    }

    @Test
    void emptyAgreementMissesEveryRequiredPart() {
        assertThat(Agreement.empty().missingParts()).extracting(FieldError::field).containsExactly(
                "agreement.subject", "agreement.decision", "agreement.decidedBy", "agreement.level",
                "agreement.openToInfluence", "agreement.fixed", "agreement.signUpOpens", "agreement.signUpCloses",
                "agreement.decisionDate", "agreement.feedbackDate", "agreement.feedbackMethod", "agreement.contactName",
                "agreement.contactEmail");
    }

    @Test
    void eitherEmailOrPhoneIsEnoughToContact() {
        Agreement noContact = new Agreement("Speelplek", "Het ontwerp", Choice.DecidingBody.RAAD, null, Choice.Level.RAADPLEGEN,
                "Toestellen", "Budget", Instant.EPOCH, Instant.EPOCH.plusSeconds(60), LocalDate.EPOCH, LocalDate.EPOCH,
                "Brief", "Team", null, null);

        assertThat(noContact.missingParts()).extracting(FieldError::field).containsExactly("agreement.contactEmail");
    }
}

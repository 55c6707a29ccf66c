package nl.stadmaken.spreekuur;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonTree;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.model.Attachment;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

class OutboxSenderTest {

    @Test
    void anOutboxItemBecomesOneEmailWithItsCalendarFile() throws Exception {
        JsonTree image = Json.readTree("""
                {"pk": {"S": "OUTBOX#01AB"}, "sk": {"S": "OUTBOX"}, "kind": {"S": "CANCELLATION"},
                 "email": {"S": "sanne@example.nl"}, "subject": {"S": "Geannuleerd: spreekuur"},
                 "text": {"S": "Beste Sanne"}, "calendar": {"S": "BEGIN:VCALENDAR\\r\\nMETHOD:CANCEL\\r\\nEND:VCALENDAR\\r\\n"}}
                """);

        SendEmailRequest email = OutboxSender.email(image, "spreekuur@haarlem.nl").orElseThrow();

        assertThat(email.fromEmailAddress()).isEqualTo("spreekuur@haarlem.nl");
        assertThat(email.destination().toAddresses()).containsExactly("sanne@example.nl");
        assertThat(email.content().simple().subject().data()).isEqualTo("Geannuleerd: spreekuur");
        assertThat(email.content().simple().body().text().data()).isEqualTo("Beste Sanne");
        Attachment calendar = email.content().simple().attachments().get(0);
        assertThat(calendar.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
        assertThat(calendar.fileName()).isEqualTo("spreekuur.ics");
        assertThat(calendar.rawContent().asUtf8String()).startsWith("BEGIN:VCALENDAR\r\n");
    }

    @Test
    void aResidentWithOnlyAPhoneNumberGetsNoEmail() throws Exception {
        JsonTree image = Json.readTree("""
                {"sk": {"S": "OUTBOX"}, "kind": {"S": "CONFIRMATION"}, "phone": {"S": "023 511 5115"},
                 "subject": {"S": "x"}, "text": {"S": "y"}, "calendar": {"S": "z"}}
                """);

        assertThat(OutboxSender.email(image, "spreekuur@haarlem.nl")).isEmpty();
    }
}

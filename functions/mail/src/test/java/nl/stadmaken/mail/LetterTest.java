package nl.stadmaken.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonTree;
import nl.stadmaken.testkit.SampleEvents;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Attachment;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

class LetterTest {

    /** Builds requests only: its client never sends. */
    private final OutboxMailer mailer = new OutboxMailer(new Environment(Map.of("SENDER_ADDRESS", "stadmaken@haarlem.nl")),
            SesV2Client.builder().region(Region.EU_WEST_1).httpClient(UrlConnectionHttpClient.create())
                    .credentialsProvider(AnonymousCredentialsProvider.create()).build());

    @Test
    void anOfficeHoursNoticeBecomesOneEmailWithItsCalendarFile() throws Exception {
        JsonTree image = Json.readTree("""
                {"pk": {"S": "OUTBOX#01AB"}, "sk": {"S": "OUTBOX"}, "kind": {"S": "CANCELLATION"},
                 "email": {"S": "sanne@example.nl"}, "senderName": {"S": "Spreekuur gemeente Haarlem"},
                 "subject": {"S": "Geannuleerd: spreekuur"}, "text": {"S": "Beste Sanne"},
                 "attachmentName": {"S": "spreekuur.ics"}, "attachmentType": {"S": "text/calendar; charset=UTF-8; method=CANCEL"},
                 "attachment": {"S": "BEGIN:VCALENDAR\\r\\nMETHOD:CANCEL\\r\\nEND:VCALENDAR\\r\\n"}}
                """);

        SendEmailRequest email = mailer.email(Letter.of(image).orElseThrow());

        assertThat(email.fromEmailAddress()).isEqualTo("\"Spreekuur gemeente Haarlem\" <stadmaken@haarlem.nl>");
        assertThat(email.destination().toAddresses()).containsExactly("sanne@example.nl");
        assertThat(email.content().simple().subject().data()).isEqualTo("Geannuleerd: spreekuur");
        assertThat(email.content().simple().body().text().data()).isEqualTo("Beste Sanne");
        Attachment calendar = email.content().simple().attachments().get(0);
        assertThat(calendar.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
        assertThat(calendar.fileName()).isEqualTo("spreekuur.ics");
        assertThat(calendar.rawContent().asUtf8String()).startsWith("BEGIN:VCALENDAR\r\n");
    }

    @Test
    void aPanelLetterHasNoAttachment() throws Exception {
        JsonTree image = Json.readTree("""
                {"sk": {"S": "PANEL#OUTBOX#0001#p-7"}, "email": {"S": "joost@example.nl"},
                 "senderName": {"S": "Samen Stadmaken Haarlem"}, "subject": {"S": "U bent geloot"}, "text": {"S": "Beste Joost"}}
                """);

        SendEmailRequest email = mailer.email(Letter.of(image).orElseThrow());

        assertThat(email.content().simple().attachments()).isEmpty();
        assertThat(email.destination().toAddresses()).containsExactly("joost@example.nl");
    }

    @Test
    void aResidentWithOnlyAPhoneNumberGetsNoEmail() throws Exception {
        JsonTree image = Json.readTree("""
                {"sk": {"S": "OUTBOX"}, "phone": {"S": "023 511 5115"}, "subject": {"S": "x"}, "text": {"S": "y"}}
                """);

        assertThat(Letter.of(image)).isEmpty();
    }

    @Test
    void theSampleEventHoldsTwoLettersAndOneNoticeByPhone() {
        JsonTree event = Json.readTree(SampleEvents.of("mail").read("stream-outbox"));
        List<String> to = new ArrayList<>();
        for (JsonTree record : event.path("Records")) {
            Letter.of(record.path("dynamodb").path("NewImage")).ifPresent(letter -> to.add(letter.to()));
        }

        assertThat(to).containsExactly("sanne@example.nl", "joost@example.nl");
    }

    @Test
    void aSenderNameOutsidePlainAsciiIsAnEncodedWord() {
        Letter letter = new Letter("Gemeente Haarlem – spreekuur", "a@example.nl", "s", "t", null);

        assertThat(letter.from("stadmaken@haarlem.nl"))
                .isEqualTo("=?UTF-8?B?R2VtZWVudGUgSGFhcmxlbSDigJMgc3ByZWVrdXVy?= <stadmaken@haarlem.nl>");
        assertThat(new Letter(null, "a@example.nl", "s", "t", null).from("stadmaken@haarlem.nl")).isEqualTo("stadmaken@haarlem.nl");
    }
}

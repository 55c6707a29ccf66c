package nl.stadmaken.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonTree;
import nl.stadmaken.shared.mail.MailItem;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.MotoSes;
import nl.stadmaken.testkit.RequestCounter;
import nl.stadmaken.testkit.StreamEvents;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Outbox items written to the spreekuur and participation tables reach the mail function through the template's
 * stream filters, and each with an address is sent once with SES (moto's); everything else on the streams is not.
 */
@ExtendWith(DynamoDbExtension.class)
class OutboxMailerIT {

    private final TestTables tables;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    OutboxMailerIT(TestTables tables) {
        this.tables = tables;
    }

    @Test
    void outboxItemsOfBothTablesAreMailedAndNothingElse() throws Exception {
        assumeTrue(MotoSes.available(tables.endpoint()), "SES is checked against moto's; " + tables.describeEndpoint() + " has none");
        Environment environment = environment();
        MotoSes.verify(tables.endpoint(), environment.require("SENDER_ADDRESS"));
        writeItems();

        JsonNode event = StreamEvents.forFunction(tables, "MailFunction");
        List<String> keys = sortKeysOfThisTest(event);
        assertThat(keys).containsExactlyInAnyOrder("OUTBOX", "OUTBOX", "PANEL#OUTBOX#0001#p-" + run);

        JsonTree answer = invoke(new OutboxMailer(environment), event);

        assertThat(failures(answer)).isEmpty();
        List<MotoSes.SentMail> mine = MotoSes.sent(tables.endpoint()).stream()
                .filter(mail -> mail.to().stream().anyMatch(to -> to.contains(run))).toList();
        assertThat(mine).extracting(MotoSes.SentMail::to).containsExactlyInAnyOrder(
                List.of("sanne-" + run + "@example.nl"), List.of("joost-" + run + "@example.nl"));
        assertThat(mine).extracting(MotoSes.SentMail::from).containsOnly(
                "\"Spreekuur gemeente Haarlem\" <stadmaken@haarlem.nl>", "\"Samen Stadmaken Haarlem\" <stadmaken@haarlem.nl>");
        assertThat(mine).extracting(MotoSes.SentMail::subject).containsExactlyInAnyOrder(
                "Bevestiging: spreekuur", "U bent geloot voor Wijkpanel");
    }

    @Test
    void aRefusedSendIsReportedSoTheStreamRetriesJustThatItem() throws Exception {
        assumeTrue(MotoSes.available(tables.endpoint()), "SES is checked against moto's; " + tables.describeEndpoint() + " has none");
        Map<String, String> variables = new HashMap<>(environment().variables());
        variables.put("SENDER_ADDRESS", "not-verified-" + run + "@example.org");
        Map<String, AttributeValue> item = key("OUTBOX#fail-" + run, "OUTBOX");
        MailItem.put(item, "Spreekuur gemeente Haarlem", "anna-" + run + "@example.nl", "Bevestiging: spreekuur", "Beste Anna");
        tables.client().putItem(put -> put.tableName(tables.name("SpreekuurTable")).item(item));
        JsonNode event = StreamEvents.forFunction(tables, "MailFunction");
        String sequence = sequenceOf(event, "OUTBOX#fail-" + run);

        JsonTree answer = invoke(new OutboxMailer(new Environment(variables)), event);

        assertThat(failures(answer)).contains(sequence);
        assertThat(MotoSes.sent(tables.endpoint())).noneMatch(mail -> mail.to().contains("anna-" + run + "@example.nl"));
    }

    @Test
    void snapStartPrimingReadsTheSendersIdentityAndSendsNothing() {
        assumeTrue(MotoSes.available(tables.endpoint()), "SES is checked against moto's; " + tables.describeEndpoint() + " has none");
        Environment environment = environment();
        RequestCounter counter = new RequestCounter();
        SesV2Client ses = SesV2Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(environment.require("AWS_REGION")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .endpointOverride(tables.endpoint())
                .overrideConfiguration(config -> config.addExecutionInterceptor(counter))
                .build();
        int sentBefore = MotoSes.sent(tables.endpoint()).size();

        new OutboxMailer(environment, ses).priming().rehearse();

        assertThat(counter.operations()).containsExactly("GetEmailIdentity");
        assertThat(MotoSes.sent(tables.endpoint())).hasSize(sentBefore);
    }

    private Environment environment() {
        Map<String, String> variables = new HashMap<>(tables.environmentOf("MailFunction").variables());
        variables.put("SES_ENDPOINT", tables.endpoint().toString());
        return new Environment(variables);
    }

    /** Two spreekuur notices (one by phone only), a panel letter, and items with an address that are no outbox. */
    private void writeItems() {
        String spreekuur = tables.name("SpreekuurTable");
        String participation = tables.name("ParticipationTable");
        Map<String, AttributeValue> notice = key("OUTBOX#1-" + run, "OUTBOX");
        MailItem.put(notice, "Spreekuur gemeente Haarlem", "sanne-" + run + "@example.nl", "Bevestiging: spreekuur",
                "Beste Sanne", "spreekuur.ics", "text/calendar; charset=UTF-8; method=REQUEST", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        Map<String, AttributeValue> byPhone = key("OUTBOX#2-" + run, "OUTBOX");
        MailItem.put(byPhone, "Spreekuur gemeente Haarlem", null, "Bevestiging: spreekuur", "Beste Piet");
        byPhone.put("phone", AttributeValue.fromS("023 511 5115"));
        Map<String, AttributeValue> booking = key("BOOKING#" + run, "BOOKING");
        booking.put("email", AttributeValue.fromS("sanne-" + run + "@example.nl"));
        Map<String, AttributeValue> letter = key("TRAJECTORY#" + run, "PANEL#OUTBOX#0001#p-" + run);
        MailItem.put(letter, "Samen Stadmaken Haarlem", "joost-" + run + "@example.nl", "U bent geloot voor Wijkpanel", "Beste Joost");
        Map<String, AttributeValue> signUp = key("TRAJECTORY#" + run, "SIGNUP#" + run);
        signUp.put("email", AttributeValue.fromS("joost-" + run + "@example.nl"));
        for (Map<String, AttributeValue> item : List.of(notice, byPhone, booking)) {
            tables.client().putItem(put -> put.tableName(spreekuur).item(item));
        }
        for (Map<String, AttributeValue> item : List.of(letter, signUp)) {
            tables.client().putItem(put -> put.tableName(participation).item(item));
        }
        // A change to an outbox item that was already sent is no new mail.
        tables.client().updateItem(update -> update.tableName(spreekuur).key(key("OUTBOX#1-" + run, "OUTBOX"))
                .updateExpression("SET #seen = :yes").expressionAttributeNames(Map.of("#seen", "seen"))
                .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true))));
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return new HashMap<>(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)));
    }

    /** The sort keys of the records this test wrote (the tables are the class's, shared by its tests). */
    private List<String> sortKeysOfThisTest(JsonNode event) {
        List<String> keys = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            JsonNode image = record.path("dynamodb").path("NewImage");
            if (image.path("pk").path("S").asText().contains(run)) {
                keys.add(image.path("sk").path("S").asText());
            }
        }
        return keys;
    }

    private static String sequenceOf(JsonNode event, String pk) {
        for (JsonNode record : event.path("Records")) {
            if (record.path("dynamodb").path("Keys").path("pk").path("S").asText().equals(pk)) {
                return record.path("dynamodb").path("SequenceNumber").asText();
            }
        }
        throw new AssertionError("no record of " + pk + " in " + event);
    }

    private static List<String> failures(JsonTree answer) {
        List<String> identifiers = new ArrayList<>();
        answer.path("batchItemFailures").forEach(failure -> identifiers.add(failure.path("itemIdentifier").asText()));
        return identifiers;
    }

    private static JsonTree invoke(OutboxMailer mailer, JsonNode event) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        mailer.handleRequest(new ByteArrayInputStream(event.toString().getBytes(StandardCharsets.UTF_8)), output, null);
        return Json.readTree(output.toString(StandardCharsets.UTF_8));
    }
}

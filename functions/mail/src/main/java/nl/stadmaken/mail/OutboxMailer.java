package nl.stadmaken.mail;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stadmaken.shared.config.AwsCredentials;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.http.SnapStartRehearsal;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonTree;
import nl.stadmaken.shared.log.JsonLog;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Attachment;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentDisposition;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * Sends the outbox of every function that tells residents something: the template feeds it the new outbox items from
 * the tables' streams (its filters pass only those), and each item with an address becomes one SES email (see
 * {@link nl.stadmaken.shared.mail.MailItem}). A failed send is reported back, so that the stream retries just that
 * item; delivery is at least once.
 */
public final class OutboxMailer implements RequestStreamHandler {

    private final SesV2Client ses;
    private final String senderAddress;
    private final JsonLog log;
    private final SnapStartRehearsal priming;

    public OutboxMailer() {
        this(Environment.system());
    }

    public OutboxMailer(Map<String, String> environment) {
        this(new Environment(environment));
    }

    public OutboxMailer(Environment environment) {
        this(environment, client(environment));
    }

    public OutboxMailer(Environment environment, SesV2Client ses) {
        this.ses = ses;
        this.senderAddress = environment.require("SENDER_ADDRESS");
        this.log = JsonLog.standardOut(Clock.systemUTC());
        this.priming = new SnapStartRehearsal(this::rehearse).register();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonTree event = Json.readTree(new String(input.readAllBytes(), StandardCharsets.UTF_8));
        List<Map<String, String>> failures = new ArrayList<>();
        int sent = 0;
        for (JsonTree record : event.path("Records")) {
            Optional<SendEmailRequest> email = Letter.of(record.path("dynamodb").path("NewImage")).map(this::email);
            if (email.isEmpty()) {
                continue;
            }
            try {
                ses.sendEmail(email.get());
                sent++;
            } catch (SdkException e) {
                log.error("send failed", Map.of("error", e.getClass().getName()));
                failures.add(Map.of("itemIdentifier", record.path("dynamodb").path("SequenceNumber").asText()));
            }
        }
        log.info("outbox sent", Map.of("sent", sent, "failed", failures.size()));
        output.write(Json.write(Map.of("batchItemFailures", failures)).getBytes(StandardCharsets.UTF_8));
    }

    public SnapStartRehearsal priming() {
        return priming;
    }

    /**
     * For SnapStart priming: a batch without records (its JSON in and out), and one read from SES, of the sender's
     * identity, to load the client's request path. Whether SES knows the identity does not matter; nothing is sent.
     */
    private void rehearse() {
        try {
            handleRequest(new ByteArrayInputStream("{\"Records\": []}".getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ses.getEmailIdentity(get -> get.emailIdentity(senderAddress));
        } catch (SdkException e) {
            // Not found, or not allowed to look: the request went through the client all the same.
        }
    }

    SendEmailRequest email(Letter letter) {
        List<Attachment> attachments = letter.attachment() == null ? List.of() : List.of(Attachment.builder()
                .fileName(letter.attachment().name())
                .contentType(letter.attachment().type())
                .contentDisposition(AttachmentContentDisposition.ATTACHMENT)
                .rawContent(SdkBytes.fromUtf8String(letter.attachment().content()))
                .build());
        return SendEmailRequest.builder()
                .fromEmailAddress(letter.from(senderAddress))
                .destination(d -> d.toAddresses(letter.to()))
                .content(c -> c.simple(m -> m
                        .subject(s -> s.data(letter.subject()).charset("UTF-8"))
                        .body(b -> b.text(t -> t.data(letter.text()).charset("UTF-8")))
                        .attachments(attachments)))
                .build();
    }

    /** Built as DynamoDbClients builds its client: URL-connection HTTP, explicit region, the same credentials. */
    private static SesV2Client client(Environment env) {
        var builder = SesV2Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5))
                        .build())
                .region(Region.of(env.get("AWS_REGION", "eu-west-1")))
                .credentialsProvider(AwsCredentials.fromEnvironment(env))
                .overrideConfiguration(config -> config.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(8)));
        String endpoint = env.get("SES_ENDPOINT", null);
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }
}

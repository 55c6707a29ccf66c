package nl.stadmaken.spreekuur;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.http.SnapStartRehearsal;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.log.JsonLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The daily schedule's entry: queues a reminder for each conversation of tomorrow. The event's content is not used. */
public final class DailyReminders implements RequestStreamHandler {

    private final SpreekuurSetup setup;
    private final JsonLog log;
    private final SnapStartRehearsal priming;

    public DailyReminders() {
        this(Environment.system());
    }

    public DailyReminders(Map<String, String> environment) {
        this(new Environment(environment));
    }

    public DailyReminders(Environment environment) {
        this(environment, DynamoDbClients.fromEnvironment(environment), Clock.systemUTC());
    }

    public DailyReminders(Environment environment, DynamoDbClient dynamo, Clock clock) {
        this.setup = SpreekuurSetup.of(environment, dynamo, clock);
        this.log = JsonLog.standardOut(clock);
        // Tomorrow's bookings are read (the time-zone rules, the query, the items), not reminded.
        this.priming = new SnapStartRehearsal(() -> setup.reminders().due(clock.instant())).register();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        int queued = setup.reminders().run();
        log.info("reminders queued", Map.of("count", queued));
        output.write(Json.write(Map.of("queued", queued)).getBytes(StandardCharsets.UTF_8));
    }

    public SnapStartRehearsal priming() {
        return priming;
    }
}

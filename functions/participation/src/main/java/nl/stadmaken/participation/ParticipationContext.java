package nl.stadmaken.participation;

import java.time.Clock;
import nl.stadmaken.participation.domain.ParticipationService;
import nl.stadmaken.participation.domain.Wijken;
import nl.stadmaken.participation.panel.PanelStore;
import nl.stadmaken.participation.panel.Pseudonyms;
import nl.stadmaken.participation.store.DynamoPanelStore;
import nl.stadmaken.participation.store.DynamoTrajectoryStore;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.ids.Ulids;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What both functions on the participation table are built from: the participation function and the panel-draw
 * function read the same environment and wire the same services.
 */
public record ParticipationContext(String table, Secrets secrets, ParticipationService trajectories, PanelStore panels,
                                   Pseudonyms pseudonyms) {

    public static ParticipationContext of(Environment environment, DynamoDbClient dynamo, Clock clock) {
        String table = environment.require("PARTICIPATION_TABLE");
        Secrets secrets = new Secrets(environment.require("STADMAKEN_SECRET"));
        ParticipationService trajectories = new ParticipationService(
                new DynamoTrajectoryStore(dynamo, table),
                Wijken.haarlem(),
                secrets,
                Ulids.secure(clock),
                clock,
                environment.integer("RETENTION_DAYS_AFTER_FEEDBACK", 90));
        return new ParticipationContext(table, secrets, trajectories, new DynamoPanelStore(dynamo, table, clock),
                new Pseudonyms(secrets));
    }
}

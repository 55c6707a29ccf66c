package nl.stadmaken.participation.panel;

import java.util.List;
import java.util.Optional;

/** Where a panel's seed, draws, draw input and outbox are kept, beside its trajectory. */
public interface PanelStore {

    Optional<SeedRecord> seed(String trajectoryId);

    /** False when a seed was fixed before. */
    boolean fixSeed(String trajectoryId, SeedRecord seed);

    /** In number order. */
    List<DrawRecord> draws(String trajectoryId);

    Optional<DrawInput> input(String trajectoryId);

    /** Stores the draw, with the input for the first; false when that number was taken meanwhile. */
    boolean saveDraw(String trajectoryId, DrawRecord draw, Optional<DrawInput> input);

    /** Adds messages not yet there; a message already there is left as it is. */
    void addToOutbox(String trajectoryId, List<OutboxMessage> messages);

    List<OutboxMessage> outbox(String trajectoryId);
}

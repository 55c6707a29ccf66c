package nl.stadmaken.participation.panel;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where a panel's seed, draws, draw input and outbox are kept, beside its trajectory. */
public interface PanelStore {

    /**
     * What drawing starts from, read together: the seed, the draws in number order, the input the first draw was made
     * from (until it expires with the personal data) and the letters the outbox holds (expired ones too: they are
     * there until DynamoDB removes them).
     */
    record PanelState(Optional<SeedRecord> seed, List<DrawRecord> draws, Optional<DrawInput> input, Set<Letter> letters) {

        public boolean holds(int drawNumber, String member) {
            return letters.contains(new Letter(drawNumber, member));
        }
    }

    /** An outbox letter's key: the draw and the member (a pseudonym) it tells. */
    record Letter(int drawNumber, String member) {
    }

    /** The seed, the draws, the draw input and the outbox's letters in one read. */
    PanelState state(String trajectoryId);

    Optional<SeedRecord> seed(String trajectoryId);

    /** False when a seed was fixed before. */
    boolean fixSeed(String trajectoryId, SeedRecord seed);

    /** In number order. */
    List<DrawRecord> draws(String trajectoryId);

    Optional<DrawInput> input(String trajectoryId);

    /** Stores the draw, with the input for the first; false when that number was taken meanwhile. */
    boolean saveDraw(String trajectoryId, DrawRecord draw, Optional<DrawInput> input);

    /** Adds the messages; a message already there is left as it is (leave those a {@link PanelState} holds out). */
    void addToOutbox(String trajectoryId, List<OutboxMessage> messages);

    List<OutboxMessage> outbox(String trajectoryId);
}

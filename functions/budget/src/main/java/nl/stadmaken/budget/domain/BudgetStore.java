package nl.stadmaken.budget.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where rounds, proposals, voting codes and ballots are kept. A ballot is one conditional write on its code. */
public interface BudgetStore {

    boolean createRound(Round round);

    Optional<Round> findRound(String id);

    List<Round> listRounds(RoundStatus status);

    /** False when the round is missing or no longer a draft. */
    boolean replaceDraft(Round round);

    /** False when the round is missing or not in {@code from}. */
    boolean advance(String id, RoundStatus from, RoundStatus to, Instant now);

    /** Stores a proposal while the round is a draft; false otherwise. */
    boolean putProposal(Proposal proposal);

    boolean deleteProposal(String roundId, String proposalId);

    List<Proposal> proposals(String roundId);

    /** Stores a whole counted-elsewhere round at once; false when the id is taken. */
    boolean importRound(Round round, List<Proposal> proposals, List<Set<String>> ballots, List<String> receipts);

    /**
     * Stores a batch of new voting codes by their keyed hash, each remembering when voting closes, then marks the batch
     * whole: only codes of a whole batch count as issued. Nothing is written when the batch is whole already (an earlier
     * attempt of the same request stored it, and its codes may be in use). When a write fails, what this attempt wrote
     * is removed again as far as DynamoDB lets it before the failure is passed on; what stays behind does not count, and
     * no one holds those codes.
     */
    void addCodes(String roundId, String batchId, List<String> codeHashes, Instant closesAt);

    /**
     * Records {@code choices} on the code, keeping the receipt it already had or else {@code newReceipt}.
     * Empty when the code is unknown, voting has closed, or it was used and the round forbids replacing.
     */
    Optional<String> castBallot(String roundId, String codeHash, Set<String> choices, String newReceipt, boolean allowReplace, Instant now);

    Optional<StoredBallot> findBallot(String roundId, String codeHash);

    /** Every issued code of the round (those of whole batches) and the ballots cast with them. */
    Ballots ballots(String roundId);

    void saveResult(RoundResult result);

    Optional<RoundResult> result(String roundId);

    /** Counts a failed code attempt from one source in one time window; returns the count. */
    long recordFailure(String sourceKey, long window, Instant forgetAt);

    /** {@code code} exists; {@code choices} empty when no ballot was cast with it. */
    record StoredBallot(Set<String> choices, String receipt, Instant castAt) {
    }

    record Ballots(long codesIssued, List<Set<String>> choices, List<String> receipts) {
    }
}

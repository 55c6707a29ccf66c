package nl.stadmaken.budget.domain;

/** A proposal on the ballot, with its cost in euro cents. */
public record Proposal(String id, String roundId, String title, String summary, long costCents, String wijk, String initiator) {
}

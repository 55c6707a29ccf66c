package nl.stadmaken.spreekuur.domain;

/** Where the conversation is: a kind and, for the three physical kinds, an address (online: a short note). */
public record Place(LocationKind kind, String address) {
}

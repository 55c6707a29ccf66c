package nl.stadmaken.spreekuur.domain;

/**
 * Where the conversation is: a kind and, for the three physical kinds, an address (online: a short note); a slot held
 * in a wijk or on a participatiebankje may name its CBS wijk, so the programme can count what each wijk is offered.
 */
public record Place(LocationKind kind, String address, String wijk) {

    /** The kinds that are held somewhere in a wijk; the city hall and online serve the whole city. */
    public static boolean inAWijk(LocationKind kind) {
        return kind == LocationKind.WIJK || kind == LocationKind.PARTICIPATIEBANKJE;
    }
}

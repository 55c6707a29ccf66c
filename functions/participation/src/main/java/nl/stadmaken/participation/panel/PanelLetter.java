package nl.stadmaken.participation.panel;

/**
 * The letter that tells a resident they were drawn, in plain Dutch (B1). It names no one else and no address: it
 * reaches the resident by email, from the outbox.
 */
public record PanelLetter(String subject, String text) {

    /** The name residents see as the sender. */
    public static final String SENDER_NAME = "Samen Stadmaken Haarlem";

    public static PanelLetter of(String kind, String name, String trajectoryTitle) {
        boolean replacement = OutboxMessage.REPLACEMENT.equals(kind);
        String subject = (replacement ? "U bent alsnog geloot voor " : "U bent geloot voor ") + trajectoryTitle;
        String drawn = replacement
                ? "Een van de gelote leden doet niet meer mee. Bij de nieuwe loting voor die plek bent u gekozen."
                : "U heeft zich aangemeld voor " + trajectoryTitle + ". Bij de loting bent u gekozen.";
        String text = "Beste " + name + ",\n\n"
                + drawn + "\n\n"
                + "Binnen een week nemen wij contact met u op over de bijeenkomsten en wat u van ons kunt verwachten.\n\n"
                + "Wilt u toch niet meedoen? Meld u dan af met de link die u bij uw aanmelding kreeg. "
                + "Dan loten wij iemand anders voor uw plek.\n\n"
                + "De loting is openbaar na te rekenen: op de pagina van het panel staan de gebruikte startwaarde "
                + "en ieders kans, zonder namen.\n\n"
                + "Met vriendelijke groet,\nGemeente Haarlem";
        return new PanelLetter(subject, text);
    }
}

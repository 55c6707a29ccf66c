package nl.stadmaken.spreekuur.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The token a resident gets once to view, move or cancel a booking: it names the booking, and its secret part is
 * checked against the keyed hash stored with it, so finding the booking is one read and the secret is never stored.
 */
public record ManageToken(String bookingId, String secret) {

    public static final int SECRET_LENGTH = 32;
    private static final Pattern FORMAT = Pattern.compile("^([0-9A-Z]{26})\\.([A-Z0-9]{32})$");

    public static Optional<ManageToken> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(token.strip());
        return matcher.matches() ? Optional.of(new ManageToken(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public String text() {
        return bookingId + "." + secret;
    }
}

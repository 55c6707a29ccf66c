package nl.stadmaken.spreekuur.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a host's calendar feed address. Calendar apps can only subscribe to a URL, so this one token does go
 * in a path; it names the host, and only its keyed hash is stored. Rotating it ends every old subscription.
 */
public record FeedToken(String hostId, String secret) {

    public static final int SECRET_LENGTH = 32;
    private static final Pattern FORMAT = Pattern.compile("^([a-z0-9-]{3,64})\\.([A-Z0-9]{32})$");

    public static Optional<FeedToken> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(token.strip());
        return matcher.matches() ? Optional.of(new FeedToken(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public String text() {
        return hostId + "." + secret;
    }
}

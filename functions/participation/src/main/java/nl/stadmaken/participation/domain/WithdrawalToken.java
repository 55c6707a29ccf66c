package nl.stadmaken.participation.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The token a resident gets once to withdraw: it names the sign-up, and its secret part is checked against the keyed
 * hash stored with it, so finding the sign-up is one read and the secret is never stored.
 */
public record WithdrawalToken(String trajectoryId, String signUpId, String secret) {

    private static final Pattern FORMAT = Pattern.compile("^([a-z0-9-]{3,64})\\.([0-9A-Z]{26})\\.([A-Z0-9]{32})$");

    public static Optional<WithdrawalToken> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(token.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new WithdrawalToken(matcher.group(1), matcher.group(2), matcher.group(3)));
    }

    public String text() {
        return trajectoryId + "." + signUpId + "." + secret;
    }
}

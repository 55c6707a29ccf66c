package nl.stadmaken.budget.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Voting codes (stemcodes) as printed on the letter: 16 characters from 30 without look-alikes (78 bits), in groups
 * of four. On entry case, spaces and hyphens do not matter.
 */
public final class VotingCodes {

    public static final int LENGTH = 16;
    private static final Pattern NORMALISED = Pattern.compile("^[ABCDEFGHJKMNPQRSTVWXYZ23456789]{" + LENGTH + "}$");

    private VotingCodes() {
    }

    public static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
    }

    /** The code as stored and hashed, or empty when it cannot be a code at all. */
    public static Optional<String> normalise(String entered) {
        if (entered == null || entered.length() > 64) {
            return Optional.empty();
        }
        String code = entered.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return NORMALISED.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}

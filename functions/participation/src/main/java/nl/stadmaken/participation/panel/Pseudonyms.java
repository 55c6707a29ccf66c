package nl.stadmaken.participation.panel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stadmaken.participation.domain.SignUp;
import nl.stadmaken.shared.ids.Secrets;

/**
 * The pseudonymous ids that draws are published with: keyed hashes, so only the system can link them to sign-ups, and
 * scoped to the trajectory, so they cannot be linked across panels.
 */
public final class Pseudonyms {

    private static final int LENGTH = 12;
    private final Secrets secrets;

    public Pseudonyms(Secrets secrets) {
        this.secrets = secrets;
    }

    public String member(String trajectoryId, String signUpId) {
        return "m-" + secrets.hash("panel-member", trajectoryId + "\n" + signUpId).substring(0, LENGTH);
    }

    /** Null for null: households are then ignored. */
    public String household(String trajectoryId, String householdKey) {
        return householdKey == null ? null : "h-" + secrets.hash("panel-household", trajectoryId + "\n" + householdKey).substring(0, LENGTH);
    }

    /** The sign-ups keyed by their pseudonym, to link a draw back to people. */
    public Map<String, SignUp> index(String trajectoryId, List<SignUp> signUps) {
        Map<String, SignUp> byPseudonym = new LinkedHashMap<>();
        for (SignUp signUp : signUps) {
            byPseudonym.put(member(trajectoryId, signUp.id()), signUp);
        }
        return byPseudonym;
    }
}

package nl.stadmaken.shared.auth;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stadmaken.shared.problem.ProblemException;

/**
 * Reads who is calling from the JWT claims the HTTP API authorizer passed on. The authorizer has already checked the
 * token; this is the second line: a staff route also needs the {@code staff} group.
 */
public record StaffClaims(String subject, Set<String> groups) {

    public static final String STAFF_GROUP = "staff";
    private static final String GROUPS_CLAIM = "cognito:groups";

    /** API Gateway renders a list claim as {@code [a b]}; a JSON array or a single name is accepted too. */
    public static StaffClaims from(Map<String, String> claims) {
        String raw = claims.getOrDefault(GROUPS_CLAIM, "").trim();
        if (raw.startsWith("[") && raw.endsWith("]")) {
            raw = raw.substring(1, raw.length() - 1);
        }
        Set<String> groups = Arrays.stream(raw.split("[\\s,]+"))
                .map(group -> group.replace("\"", "").trim())
                .filter(group -> !group.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new StaffClaims(claims.get("sub"), groups);
    }

    public static StaffClaims requireStaff(Map<String, String> claims) {
        if (claims.isEmpty() || claims.get("sub") == null) {
            throw ProblemException.unauthorized("This route needs a staff sign-in.");
        }
        StaffClaims staff = from(claims);
        if (!staff.groups().contains(STAFF_GROUP)) {
            throw ProblemException.forbidden("This route is for staff only.");
        }
        return staff;
    }
}

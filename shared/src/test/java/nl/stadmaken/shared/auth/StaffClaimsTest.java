package nl.stadmaken.shared.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.stadmaken.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

class StaffClaimsTest {

    @Test
    void readsGroupsInEveryShapeTheAuthorizerSends() {
        assertThat(StaffClaims.from(Map.of("cognito:groups", "[staff raad]")).groups()).containsExactlyInAnyOrder("staff", "raad");
        assertThat(StaffClaims.from(Map.of("cognito:groups", "[\"staff\",\"raad\"]")).groups()).containsExactlyInAnyOrder("staff", "raad");
        assertThat(StaffClaims.from(Map.of("cognito:groups", "staff")).groups()).containsExactly("staff");
        assertThat(StaffClaims.from(Map.of()).groups()).isEmpty();
    }

    @Test
    void staffNeedsASubjectAndTheStaffGroup() {
        assertThat(StaffClaims.requireStaff(Map.of("sub", "u1", "cognito:groups", "[staff]")).subject()).isEqualTo("u1");
        assertThatThrownBy(() -> StaffClaims.requireStaff(Map.of("cognito:groups", "[staff]")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(401));
        assertThatThrownBy(() -> StaffClaims.requireStaff(Map.of("sub", "u1", "cognito:groups", "[staffing]")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(403));
    }
}

package nl.stadmaken.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stadmaken.shared.ids.Secrets;
import org.junit.jupiter.api.Test;

class VotingCodesTest {

    @Test
    void codesHaveAtLeastSixtyBitsAndReadInGroups() {
        String code = new Secrets("voting-codes-test-secret").newToken(VotingCodes.LENGTH);

        assertThat(VotingCodes.LENGTH * Math.log(30) / Math.log(2)).isGreaterThanOrEqualTo(60);
        assertThat(VotingCodes.grouped(code)).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    }

    @Test
    void entryIgnoresCaseSpacesAndHyphens() {
        assertThat(VotingCodes.normalise("abcd-efgh jkmn-pqrs")).contains("ABCDEFGHJKMNPQRS");
        assertThat(VotingCodes.normalise(" ABCDEFGHJKMNPQRS ")).contains("ABCDEFGHJKMNPQRS");
    }

    @Test
    void lookAlikesAndWrongLengthsAreNoCode() {
        assertThat(VotingCodes.normalise("ABCD-EFGH-JKMN-PQR0")).isEmpty();
        assertThat(VotingCodes.normalise("ABCD-EFGH-JKMN-PQR")).isEmpty();
        assertThat(VotingCodes.normalise(null)).isEmpty();
        assertThat(VotingCodes.normalise("A".repeat(100))).isEmpty();
    }
}

package nl.stadmaken.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WithdrawalTokenTest {

    @Test
    void roundTripsThroughItsText() {
        WithdrawalToken token = new WithdrawalToken("speelplek-oude-stad", "01J5Z8X9Q2W3E4R5T6Y7U8I9O0".replace('I', 'J').replace('O', 'P').replace('U', 'V'),
                "ABCDEFGHJKMNPQRSTVWXYZ2345678923");

        assertThat(WithdrawalToken.parse(token.text())).contains(token);
    }

    @Test
    void refusesAnythingElse() {
        assertThat(WithdrawalToken.parse(null)).isEmpty();
        assertThat(WithdrawalToken.parse("")).isEmpty();
        assertThat(WithdrawalToken.parse("speelplek.01J5Z8X9Q2W3E4R5T6Y7V8J9P0.short")).isEmpty();
        assertThat(WithdrawalToken.parse("Speelplek.01J5Z8X9Q2W3E4R5T6Y7V8J9P0.ABCDEFGHJKMNPQRSTVWXYZ2345678923")).isEmpty();
        assertThat(WithdrawalToken.parse("a/../b.01J5Z8X9Q2W3E4R5T6Y7V8J9P0.ABCDEFGHJKMNPQRSTVWXYZ2345678923")).isEmpty();
    }
}

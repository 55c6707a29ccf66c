package nl.stadmaken.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private final Secrets secrets = new Secrets("a-secret-of-at-least-sixteen");

    @Test
    void tokensUseAnAlphabetWithoutLookAlikes() {
        String token = secrets.newToken(1000);

        assertThat(token).hasSize(1000).doesNotContain("0", "O", "1", "I", "L", "U");
    }

    @Test
    void keyedHashMatchesOnlyTheSameValueAndPurpose() {
        String hash = secrets.hash("withdrawal", "ABC");

        assertThat(secrets.matches("withdrawal", "ABC", hash)).isTrue();
        assertThat(secrets.matches("withdrawal", "ABD", hash)).isFalse();
        assertThat(secrets.matches("voting-code", "ABC", hash)).isFalse();
        assertThat(new Secrets("another-secret-of-sixteen").matches("withdrawal", "ABC", hash)).isFalse();
    }

    @Test
    void sealedTextOpensOnlyWithTheSameKey() {
        String sealed = secrets.seal("token ABC");

        assertThat(sealed).doesNotContain("ABC");
        assertThat(secrets.unseal(sealed)).isEqualTo("token ABC");
        assertThatThrownBy(() -> new Secrets("another-secret-of-sixteen").unseal(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new Secrets("short")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(secrets.newToken(32))).isTrue();
        }
    }

    @Test
    void derivedTokensAreTheSameForTheSameSeedAndPurposeOnly() {
        String token = secrets.derivedToken("manage", "key-1", 32);

        assertThat(token).hasSize(32).matches("[ABCDEFGHJKMNPQRSTVWXYZ23456789]+");
        assertThat(secrets.derivedToken("manage", "key-1", 32)).isEqualTo(token);
        assertThat(secrets.tokenFor("manage", Optional.of("key-1"), 32)).isEqualTo(token);
        assertThat(secrets.derivedToken("manage", "key-2", 32)).isNotEqualTo(token);
        assertThat(secrets.derivedToken("withdrawal", "key-1", 32)).isNotEqualTo(token);
        assertThat(new Secrets("another-secret-of-sixteen").derivedToken("manage", "key-1", 32)).isNotEqualTo(token);
    }

    @Test
    void derivedTokensSpreadOverTheWholeAlphabet() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            secrets.derivedToken("voting-code", "batch#" + i, 16).chars().forEach(c -> seen.add((char) c));
        }

        assertThat(seen).hasSize(30);
    }

    @Test
    void withoutARetryKeyATokenIsRandom() {
        assertThat(secrets.tokenFor("manage", Optional.empty(), 32)).isNotEqualTo(secrets.tokenFor("manage", Optional.empty(), 32));
    }

    @Test
    void refusesADerivedTokenLongerThanTheHashCovers() {
        assertThatThrownBy(() -> secrets.derivedToken("manage", "key", 41)).isInstanceOf(IllegalArgumentException.class);
    }
}

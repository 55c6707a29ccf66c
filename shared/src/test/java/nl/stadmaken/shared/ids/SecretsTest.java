package nl.stadmaken.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
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
}

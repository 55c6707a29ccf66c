package nl.stadmaken.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UlidsTest {

    @Test
    void idsSortByTheTimeTheyWereMade() {
        String earlier = new Ulids(Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC), new SplittableRandom(1)).next();
        String later = new Ulids(Clock.fixed(Instant.parse("2027-01-01T00:00:00.001Z"), ZoneOffset.UTC), new SplittableRandom(2)).next();

        assertThat(earlier).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(earlier).isLessThan(later);
    }

    @Test
    void knownTimeGivesKnownPrefix() {
        // 1469918176385 ms is 01ARYZ6S41 in the ULID specification's example.
        String id = new Ulids(Clock.fixed(Instant.ofEpochMilli(1469918176385L), ZoneOffset.UTC), new SplittableRandom(3)).next();

        assertThat(id).startsWith("01ARYZ6S41");
    }

    @Test
    void sameSeedGivesTheSameId() {
        Clock clock = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);

        assertThat(new Ulids(clock, new SplittableRandom(7)).next()).isEqualTo(new Ulids(clock, new SplittableRandom(7)).next());
    }
}

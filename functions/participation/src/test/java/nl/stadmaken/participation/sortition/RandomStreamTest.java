package nl.stadmaken.participation.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomStreamTest {

    @Test
    void firstNumberIsTheFirstEightBytesOfSha256OverPurposeSeedAndCounterZero() {
        byte[] prefix = "leximin panel\n42\n".getBytes(StandardCharsets.UTF_8);
        var sha256 = RandomStream.newSha256();
        sha256.update(prefix);
        sha256.update(new byte[8]);
        long expected = ByteBuffer.wrap(sha256.digest()).getLong();

        assertThat(RandomStream.of(Seed.of(42), "leximin panel").nextLong()).isEqualTo(expected);
    }

    @Test
    void sameSeedAndPurposeGiveSameNumbersAndOtherPurposesDiffer() {
        RandomStream first = RandomStream.of(Seed.of("abc"), "legacy panel");
        RandomStream again = RandomStream.of(Seed.of("abc"), "legacy panel");
        RandomStream other = RandomStream.of(Seed.of("abc"), "leximin panel");

        long[] firstNumbers = IntStream.range(0, 10).mapToLong(i -> first.nextLong()).toArray();

        assertThat(IntStream.range(0, 10).mapToLong(i -> again.nextLong()).toArray()).isEqualTo(firstNumbers);
        assertThat(IntStream.range(0, 10).mapToLong(i -> other.nextLong()).toArray()).isNotEqualTo(firstNumbers);
    }

    @Test
    void boundedDrawsStayInRangeAndReachEveryValue() {
        RandomStream random = RandomStream.of(Seed.of(7), "test");
        int[] seen = new int[7];

        for (int i = 0; i < 7_000; i++) {
            seen[random.nextBelow(7)]++;
        }

        assertThat(IntStream.of(seen).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(800, 1200));
        assertThat(IntStream.range(0, 1000).mapToObj(i -> random.nextUnit()).toList())
                .allSatisfy(u -> assertThat(u).isGreaterThanOrEqualTo(0.0).isLessThan(1.0));
    }
}

package nl.stadmaken.shared.ids;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Time-sortable ids (ULID layout: 48 bits of milliseconds, 80 random bits, Crockford base32, 26 characters).
 * Sorting them as text sorts them by creation time, which keys use for arrival order.
 */
public final class Ulids implements IdSource {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final RandomGenerator random;

    public Ulids(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    public static Ulids secure(Clock clock) {
        return new Ulids(clock, new SecureRandom());
    }

    @Override
    public String next() {
        long time = clock.millis();
        long high = random.nextLong() & 0xFFFFL; // 16 random bits
        long low = random.nextLong();            // 64 random bits
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        // 80 random bits as 16 base32 characters: the top 16 bits then the low 64 bits.
        for (int i = 25; i >= 10; i--) {
            out[i] = ALPHABET[(int) (low & 31)];
            low = (low >>> 5) | ((high & 31) << 59);
            high >>>= 5;
        }
        return new String(out);
    }
}

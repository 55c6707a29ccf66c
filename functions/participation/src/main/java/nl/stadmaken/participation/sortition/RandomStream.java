package nl.stadmaken.participation.sortition;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Random numbers from SHA-256 in counter mode over the seed and a purpose label. Fully specified here, so a draw can be
 * reproduced on any JVM, or re-implemented elsewhere, from its published seed.
 */
final class RandomStream {

    private final byte[] prefix;
    private final MessageDigest sha256;
    private final ByteBuffer block = ByteBuffer.allocate(32);
    private long counter;

    private RandomStream(byte[] prefix) {
        this.prefix = prefix;
        this.sha256 = newSha256();
        block.position(block.limit());
    }

    /** The purpose keeps the streams of different uses of one seed independent. */
    static RandomStream of(Seed seed, String purpose) {
        return new RandomStream((purpose + "\n" + seed.text() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    long nextLong() {
        if (!block.hasRemaining()) {
            sha256.update(prefix);
            sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
            block.clear();
            block.put(sha256.digest()).flip();
        }
        return block.getLong();
    }

    /** Uniform in [0, bound), by rejection so that no value is favoured. */
    int nextBelow(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        long draw;
        do {
            draw = nextLong() >>> 1;
        } while (draw >= limit);
        return (int) (draw % bound);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    double nextUnit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}

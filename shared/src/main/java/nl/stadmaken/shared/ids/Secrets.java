package nl.stadmaken.shared.ids;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens handed to residents (withdrawal, manage, voting codes) and what we keep of them: only a keyed hash.
 * One secret from the environment; each use derives its own subkey so a hash for one purpose says nothing of another.
 */
public final class Secrets {

    private static final char[] TOKEN_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final int GCM_NONCE_BYTES = 12;
    /** 40 characters are 196 bits of the 256 an HMAC gives: what is left over makes no character likelier than another. */
    private static final int MAX_DERIVED_LENGTH = 40;

    private final byte[] hashKey;
    private final byte[] deriveKey;
    private final byte[] sealKey;
    private final SecureRandom random = new SecureRandom();

    public Secrets(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("the secret key must have at least 16 characters");
        }
        byte[] master = secret.getBytes(StandardCharsets.UTF_8);
        this.hashKey = hmac(master, "stadmaken:token-hash");
        this.deriveKey = hmac(master, "stadmaken:token-derive");
        this.sealKey = Arrays.copyOf(hmac(master, "stadmaken:seal"), 32);
    }

    /** A random token of {@code length} characters from an alphabet without look-alikes (about 4.9 bits each). */
    public String newToken(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = TOKEN_ALPHABET[random.nextInt(TOKEN_ALPHABET.length)];
        }
        return new String(out);
    }

    /**
     * A token derived from {@code seed} with the secret key, from the same alphabet as {@link #newToken}: the same seed
     * gives the same token, so a retried request hands out what its first attempt stored, and without the key the
     * seed tells nothing of the token. {@code purpose} keeps tokens of different kinds apart.
     */
    public String derivedToken(String purpose, String seed, int length) {
        if (length < 1 || length > MAX_DERIVED_LENGTH) {
            throw new IllegalArgumentException("a derived token has 1 to " + MAX_DERIVED_LENGTH + " characters");
        }
        BigInteger bits = new BigInteger(1, hmac(hmac(deriveKey, purpose), seed));
        BigInteger base = BigInteger.valueOf(TOKEN_ALPHABET.length);
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            BigInteger[] step = bits.divideAndRemainder(base);
            out[i] = TOKEN_ALPHABET[step[1].intValue()];
            bits = step[0];
        }
        return new String(out);
    }

    /** A token for one request: derived from its retry key when it has one (see {@link #derivedToken}), else random. */
    public String tokenFor(String purpose, Optional<String> retryKey, int length) {
        return retryKey.map(seed -> derivedToken(purpose, seed, length)).orElseGet(() -> newToken(length));
    }

    /** The keyed hash stored in place of a token; {@code purpose} keeps hashes of different kinds apart. */
    public String hash(String purpose, String value) {
        byte[] key = hmac(hashKey, purpose);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, value));
    }

    /** Compares in constant time, so response timing tells nothing about how much of a token was right. */
    public boolean matches(String purpose, String value, String storedHash) {
        if (value == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                hash(purpose, value).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Encrypts text that must be kept for a while but not readable from the table (AES-GCM). */
    public String seal(String plain) {
        try {
            byte[] nonce = new byte[GCM_NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sealKey, "AES"), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String unseal(String sealed) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(sealKey, "AES"), new GCMParameterSpec(128, in, 0, GCM_NONCE_BYTES));
            return new String(cipher.doFinal(in, GCM_NONCE_BYTES, in.length - GCM_NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("sealed value cannot be opened with this key", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

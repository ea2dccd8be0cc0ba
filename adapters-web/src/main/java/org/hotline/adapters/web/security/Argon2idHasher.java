package org.hotline.adapters.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.hotline.domain.staff.PasswordHasher;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Password hashes with Argon2id (RFC 9106), through BouncyCastle, in the encoding every Argon2 library reads:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} with unpadded Base64. A hash carries its parameters, so
 * that they can be raised later without making old hashes unreadable: {@link #verify} reads them from the hash.
 *
 * <p>The defaults, 19 MiB of memory, 2 passes and one lane, are OWASP's recommended minimum for Argon2id; a hash
 * takes a few tens of milliseconds and 19 MiB on a server, and far more for anyone guessing.
 */
@SecondaryAdapter
public final class Argon2idHasher implements PasswordHasher {

    public static final int DEFAULT_MEMORY_KIB = 19 * 1024;
    public static final int DEFAULT_ITERATIONS = 2;
    public static final int DEFAULT_PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    /** Bounds on parameters read from a stored hash, so that a corrupted or hostile hash cannot exhaust the server. */
    private static final int MAX_MEMORY_KIB = 1024 * 1024;
    private static final int MAX_ITERATIONS = 64;
    private static final int MAX_PARALLELISM = 16;

    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,128})");
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random;

    public Argon2idHasher() {
        this(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM, new SecureRandom());
    }

    public Argon2idHasher(int memoryKib, int iterations, int parallelism, SecureRandom random) {
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB || iterations < 1 || iterations > MAX_ITERATIONS
                || parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Argon2id parameters out of range: m=" + memoryKib + ", t=" + iterations
                    + ", p=" + parallelism);
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2id(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        Matcher parts = ENCODED.matcher(encoded);
        if (!parts.matches()) {
            return false;
        }
        int memory = Integer.parseInt(parts.group(1));
        int passes = Integer.parseInt(parts.group(2));
        int lanes = Integer.parseInt(parts.group(3));
        if (memory < 8 * lanes || memory > MAX_MEMORY_KIB || passes < 1 || passes > MAX_ITERATIONS || lanes < 1
                || lanes > MAX_PARALLELISM) {
            return false;
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = DECODE.decode(parts.group(4));
            expected = DECODE.decode(parts.group(5));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        byte[] actual = argon2id(password, salt, memory, passes, lanes, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * A hash made with less memory, fewer passes or another number of lanes than this hasher's, or with a shorter salt
     * or hash, is hashed again at the member's next sign-in. One this hasher cannot read is left alone (it verifies
     * nothing anyway).
     */
    @Override
    public boolean needsRehash(String encoded) {
        Matcher parts = encoded == null ? null : ENCODED.matcher(encoded);
        if (parts == null || !parts.matches()) {
            return false;
        }
        try {
            return Integer.parseInt(parts.group(1)) != memoryKib || Integer.parseInt(parts.group(2)) != iterations
                    || Integer.parseInt(parts.group(3)) != parallelism || DECODE.decode(parts.group(4)).length < SALT_BYTES
                    || DECODE.decode(parts.group(5)).length < HASH_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static byte[] argon2id(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}

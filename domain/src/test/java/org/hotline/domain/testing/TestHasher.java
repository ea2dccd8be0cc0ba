package org.hotline.domain.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.hotline.domain.staff.PasswordHasher;

/**
 * A password "hasher" for domain tests: fast and reversible, never for use anywhere else. It counts the passwords
 * it checks, so that a test can see that every sign-in checks one.
 */
public final class TestHasher implements PasswordHasher {

    private final AtomicInteger verified = new AtomicInteger();

    @Override
    public String hash(String password) {
        return "test-hash:" + password;
    }

    @Override
    public boolean verify(String password, String hash) {
        verified.incrementAndGet();
        return hash.equals(hash(password)) || hash.equals(OLD + password);
    }

    /** A hash as an earlier, weaker setting made it: it verifies, and wants hashing again. */
    public static String oldHash(String password) {
        return OLD + password;
    }

    @Override
    public boolean needsRehash(String hash) {
        return hash.startsWith(OLD);
    }

    private static final String OLD = "old-test-hash:";

    public int verified() {
        return verified.get();
    }
}

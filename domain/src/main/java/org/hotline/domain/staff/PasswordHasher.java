package org.hotline.domain.staff;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Turns passwords into hashes that are slow and memory-hard to attack, and checks a password against a hash. A hash
 * carries its own salt and parameters, so that stronger parameters can be introduced without breaking old hashes.
 */
@SecondaryPort
public interface PasswordHasher {

    String hash(String password);

    /** True when the password is the one hashed; false for any other, and for a hash this hasher cannot read. */
    boolean verify(String password, String hash);

    /**
     * True when a hash was made with weaker parameters than this hasher's now: on the member's next sign-in the
     * password is hashed again, with the current ones.
     */
    default boolean needsRehash(String hash) {
        return false;
    }
}

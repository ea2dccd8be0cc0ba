package org.hotline.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class Argon2idHasherTest {

    private final Argon2idHasher hasher = new Argon2idHasher();

    /** Made with the reference implementation (Debian's argon2 tool): echo -n PASSWORD | argon2 SALT -id -t T -k M -p P -l 32 -e */
    @Test
    void hashes_of_the_reference_implementation_verify_with_their_own_parameters() {
        assertThat(hasher.verify("correct horse battery staple",
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM")).isTrue();
        assertThat(hasher.verify("password",
                "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo")).isTrue();
        assertThat(hasher.verify("Password",
                "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo")).isFalse();
    }

    @Test
    void a_hash_carries_the_default_parameters_and_a_fresh_salt() {
        String first = hasher.hash("a long passphrase");
        String second = hasher.hash("a long passphrase");

        assertThat(first).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("a long passphrase", first)).isTrue();
        assertThat(hasher.verify("a long passphrase", second)).isTrue();
        assertThat(hasher.verify("a long passphrasE", first)).isFalse();
        assertThat(hasher.verify("ünïcode passphrase ✓", hasher.hash("ünïcode passphrase ✓"))).isTrue();
    }

    @Test
    void hashes_made_with_other_parameters_still_verify_after_the_defaults_change() {
        String older = new Argon2idHasher(8 * 1024, 1, 1, new SecureRandom()).hash("a long passphrase");

        assertThat(older).contains("m=8192,t=1,p=1");
        assertThat(hasher.verify("a long passphrase", older)).isTrue();
    }

    @Test
    void a_hash_made_with_weaker_or_other_parameters_is_to_be_made_again_and_one_of_today_is_not() {
        String older = new Argon2idHasher(8 * 1024, 1, 1, new SecureRandom()).hash("a long passphrase");
        String fewerPasses = new Argon2idHasher(Argon2idHasher.DEFAULT_MEMORY_KIB, 1, 1, new SecureRandom()).hash("x");

        assertThat(hasher.needsRehash(older)).isTrue();
        assertThat(hasher.needsRehash(fewerPasses)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("a long passphrase"))).isFalse();
        assertThat(hasher.needsRehash("$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo"))
                .as("an eight-byte salt, other parameters").isTrue();
        assertThat(hasher.needsRehash("not a hash")).isFalse();
    }

    @Test
    void anything_that_is_not_a_readable_argon2id_hash_verifies_nothing() {
        for (String broken : new String[] {"", "plain text", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2g",
                "$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2g",
                "$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2g"}) {
            assertThat(hasher.verify("password", broken)).as(broken).isFalse();
        }
        assertThat(hasher.verify(null, hasher.hash("x"))).isFalse();
    }
}

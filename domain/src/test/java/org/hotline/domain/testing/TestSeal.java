package org.hotline.domain.testing;

import org.hotline.domain.Sha256;
import org.hotline.domain.audit.AuditSeal;

/** A seal for tests: a digest of a made-up key and the hash. Another key gives other seals. */
public final class TestSeal implements AuditSeal {

    private final String key;

    public TestSeal() {
        this("test key");
    }

    public TestSeal(String key) {
        this.key = key;
    }

    @Override
    public String sealOf(String recordHash) {
        return Sha256.hex(key + "|" + recordHash);
    }
}

package org.hotline.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.hotline.domain.audit.AuditSeal;

/** Seals audit records with HMAC-SHA-256 under the {@link AuditKey}; the database keeps the seal, never the key. */
public final class HmacAuditSeal implements AuditSeal {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String RECORD = "hotline-audit-seal-1|";

    private final SecretKeySpec key;

    public HmacAuditSeal(AuditKey key) {
        this.key = new SecretKeySpec(key.secret(), ALGORITHM);
    }

    @Override
    public String sealOf(String recordHash) {
        return mac(RECORD + recordHash);
    }

    /** The MAC of any text under the key, for what else the program must vouch for (its anchor). */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HMAC-SHA-256", e);
        }
    }
}

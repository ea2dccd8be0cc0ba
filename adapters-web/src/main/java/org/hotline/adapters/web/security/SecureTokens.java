package org.hotline.adapters.web.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.hotline.domain.Tokens;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * The domain's {@link Tokens} port: 256 bits from {@link SecureRandom}, in unpadded URL-safe Base64 (43 characters),
 * as {@link RandomTokens} draws them for the web itself. Two classes for one recipe because jMolecules' rules keep a
 * secondary adapter (this) and the primary adapter's own parts (that) from using each other.
 */
@SecondaryAdapter
public final class SecureTokens implements Tokens {

    public static final int BYTES = 32;
    /** The shape of a token: enough to refuse anything else before looking it up. */
    public static final String SHAPE = "[A-Za-z0-9_-]{43}";

    private final SecureRandom random = new SecureRandom();

    @Override
    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

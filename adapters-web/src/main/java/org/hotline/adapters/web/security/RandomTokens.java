package org.hotline.adapters.web.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens of 256 bits from {@link SecureRandom}, in unpadded URL-safe Base64 (43 characters), of the shape
 * {@link SecureTokens} gives the domain: what the web's forms and its set-up draw for themselves.
 */
public final class RandomTokens {

    public static final int BYTES = SecureTokens.BYTES;
    /** The shape of a token: enough to refuse anything else before looking it up. */
    public static final String SHAPE = SecureTokens.SHAPE;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package org.hotline.domain.testing;

import java.util.concurrent.atomic.AtomicLong;

import org.hotline.domain.Tokens;

/** Predictable tokens for tests: token-1, token-2, and so on. */
public final class SequentialTokens implements Tokens {

    private final AtomicLong counter = new AtomicLong();

    @Override
    public String next() {
        return "token-" + counter.incrementAndGet();
    }
}

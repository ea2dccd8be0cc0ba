package org.hotline.domain.testing;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.hotline.domain.Identities;

/** Predictable version-4-shaped identifiers: 00000000-0000-4000-8000-000000000001, ...0002, and so on. */
public final class SequentialIdentities implements Identities {

    private final AtomicLong counter = new AtomicLong();

    @Override
    public UUID next() {
        return new UUID(0x0000_0000_0000_4000L, 0x8000_0000_0000_0000L | counter.incrementAndGet());
    }
}

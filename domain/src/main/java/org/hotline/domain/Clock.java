package org.hotline.domain;

import java.time.Instant;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The source of the current time. The domain never reads the system clock itself, so every decision that depends
 * on time can be replayed and tested.
 */
@SecondaryPort
@FunctionalInterface
public interface Clock {

    Instant instant();
}

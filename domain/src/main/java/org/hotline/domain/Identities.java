package org.hotline.domain;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The source of new, unguessable identifiers. Kept outside the domain so that tests can make identifiers
 * predictable and production can draw them from a secure random source.
 */
@SecondaryPort
@FunctionalInterface
public interface Identities {

    UUID next();
}

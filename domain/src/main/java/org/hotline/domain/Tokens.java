package org.hotline.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The source of secrets that must not be guessed: session identifiers, form tokens, temporary passwords. Each token
 * carries 256 bits from a cryptographically strong source and uses only the characters {@code A-Z a-z 0-9 - _}.
 */
@SecondaryPort
@FunctionalInterface
public interface Tokens {

    String next();
}

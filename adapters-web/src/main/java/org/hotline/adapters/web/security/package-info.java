/**
 * The web's cryptography: Argon2id password hashes and unguessable tokens from a strong random source. An adapter on
 * both sides of the hexagon: it serves the domain's secondary ports ({@code PasswordHasher}, {@code Tokens}) and the
 * web's own forms and set-up.
 */
@Adapter
package org.hotline.adapters.web.security;

import org.jmolecules.architecture.hexagonal.Adapter;

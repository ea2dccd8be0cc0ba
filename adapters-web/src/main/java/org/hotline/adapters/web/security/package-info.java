/**
 * The web's cryptography: Argon2id password hashes and unguessable tokens from a strong random source.
 */
package org.hotline.adapters.web.security;

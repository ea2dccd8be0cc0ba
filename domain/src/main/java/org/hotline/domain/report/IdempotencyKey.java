package org.hotline.domain.report;

import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A client's key for one request, with what it was sent with: a retry with the
 * same key and the same request is answered with the report already filed, and stores nothing new.
 *
 * @param scope whose key it is: a partner's identifier, or {@code anonymous}
 * @param key the key as the client sent it
 * @param fingerprint a digest of the request it came with, to tell a retry from a different request
 */
@ValueObject
public record IdempotencyKey(String scope, String key, String fingerprint) {

    public static final int MAX_LENGTH = 255;
    public static final String ANONYMOUS = "anonymous";

    public IdempotencyKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** Checks a key as sent: 1 to 255 printable ASCII characters. The error's field is left for the caller to name. */
    public static Either<FieldError, IdempotencyKey> of(String scope, String key, String fingerprint) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH
                || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            return Either.left(new FieldError("", "idempotency.key_invalid",
                    "An idempotency key is 1 to " + MAX_LENGTH + " printable ASCII characters without spaces."));
        }
        return Either.right(new IdempotencyKey(scope, key, fingerprint));
    }
}

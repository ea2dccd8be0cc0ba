package org.hotline.adapters.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import io.vavr.control.Either;
import org.hotline.domain.staff.ManageStaff;

/**
 * The one-time set-up token of a new hotline. When the program starts with no active administrator, it draws a
 * token, held only in memory, and prints the set-up address with it; whoever opens that address creates the first
 * administrator. The token is good until that succeeds or the program stops; a hotline that has an administrator
 * never gets one.
 */
public final class FirstAdministratorSetup {

    private final RandomTokens tokens;
    private String token;

    public FirstAdministratorSetup(RandomTokens tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** Draws the token if the hotline has no active administrator; the token, while it is good. */
    public synchronized Optional<String> openIfNeeded(ManageStaff staff) {
        if (token == null && staff.needsFirstAdministrator()) {
            token = tokens.next();
        }
        return Optional.ofNullable(token);
    }

    /** True while the token is good and this is it. */
    public synchronized boolean accepts(String presented) {
        return token != null && presented != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs the set-up if the token is good, one at a time; a set-up that succeeds uses the token up.
     *
     * @return empty when the token is not (or no longer) good; else what the set-up gave
     */
    public synchronized <L, R> Optional<Either<L, R>> redeem(String presented, Supplier<Either<L, R>> setUp) {
        if (!accepts(presented)) {
            return Optional.empty();
        }
        Either<L, R> result = setUp.get();
        if (result.isRight()) {
            token = null;
        }
        return Optional.of(result);
    }
}

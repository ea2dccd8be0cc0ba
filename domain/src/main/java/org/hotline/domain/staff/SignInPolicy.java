package org.hotline.domain.staff;

import java.time.Duration;
import java.util.Objects;

import org.hotline.domain.throttle.Allowance;

/**
 * How sign-in resists guessing, on three counts kept apart so that strangers cannot lock a member out:
 *
 * @param accounts wrong passwords in a row that lock an account, for every browser it was not signed in from before
 * @param devices wrong passwords in a row that lock one browser the member signed in from before, alone
 * @param clientFailures how many failed sign-ins one client address may make, whatever the usernames: past it, its
 *                       attempts are refused before any password is checked
 * @param quietAfter a client's attempts for unknown usernames are written to the audit trail once it has been quiet
 *                   this long ...
 * @param reportEvery ... or, for a client that never stops, at least this often
 */
public record SignInPolicy(LockoutPolicy accounts, LockoutPolicy devices, Allowance clientFailures, Duration quietAfter,
        Duration reportEvery) {

    /** Accounts and devices as {@link LockoutPolicy#STANDARD}; ten failures at once from a client, then twenty an hour. */
    public static final SignInPolicy STANDARD = new SignInPolicy(LockoutPolicy.STANDARD, LockoutPolicy.STANDARD,
            new Allowance(20, 10), Duration.ofMinutes(5), Duration.ofHours(1));

    public SignInPolicy {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(clientFailures, "clientFailures");
        Objects.requireNonNull(quietAfter, "quietAfter");
        Objects.requireNonNull(reportEvery, "reportEvery");
    }

    /** The standard policy with another lock-out of accounts. */
    public static SignInPolicy lockingAccounts(LockoutPolicy accounts) {
        return new SignInPolicy(accounts, STANDARD.devices, STANDARD.clientFailures, STANDARD.quietAfter, STANDARD.reportEvery);
    }
}

package org.hotline.domain.staff;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A person who works at the hotline: how they sign in, what they may do, and whether their account is usable now.
 * Immutable: every change gives a new member, which the caller stores.
 */
@AggregateRoot
public final class StaffMember {

    public static final int MAX_DISPLAY_NAME_LENGTH = 100;
    static final String LANGUAGE_CODE = "[a-z]{2,3}";

    @Identity
    private final StaffId id;
    private final Username username;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean active;
    private final String passwordHash;
    private final int failedSignIns;
    private final Option<Instant> lockedUntil;
    private final boolean mustChangePassword;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Option<String> language;

    private StaffMember(StaffId id, Username username, String displayName, Set<Role> roles, boolean active,
            String passwordHash, int failedSignIns, Option<Instant> lockedUntil, boolean mustChangePassword,
            Instant createdAt, Instant updatedAt, Option<String> language) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.roles = TreeSet.ofAll(Objects.requireNonNull(roles, "roles"));
        this.active = active;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.failedSignIns = failedSignIns;
        this.lockedUntil = Objects.requireNonNull(lockedUntil, "lockedUntil");
        this.mustChangePassword = mustChangePassword;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.language = Objects.requireNonNull(language, "language");
        if (language.exists(code -> !code.matches(LANGUAGE_CODE))) {
            throw new IllegalArgumentException("a language is an ISO 639 code of two or three small letters: " + language.get());
        }
        if (this.roles.isEmpty()) {
            throw new IllegalArgumentException("a member of staff holds at least one role");
        }
        if (failedSignIns < 0) {
            throw new IllegalArgumentException("failed sign-ins are never negative");
        }
    }

    /** A new, active member with a password already hashed. */
    public static StaffMember create(StaffId id, Username username, String displayName, Set<Role> roles,
            String passwordHash, boolean mustChangePassword, Instant at) {
        return new StaffMember(id, username, displayName, roles, true, passwordHash, 0, Option.none(),
                mustChangePassword, at, at, Option.none());
    }

    public static StaffMember restore(StaffId id, Username username, String displayName, Set<Role> roles, boolean active,
            String passwordHash, int failedSignIns, Option<Instant> lockedUntil, boolean mustChangePassword,
            Instant createdAt, Instant updatedAt) {
        return restore(id, username, displayName, roles, active, passwordHash, failedSignIns, lockedUntil,
                mustChangePassword, createdAt, updatedAt, Option.none());
    }

    /** As stored, with the language the member chose for the pages, if any. */
    public static StaffMember restore(StaffId id, Username username, String displayName, Set<Role> roles, boolean active,
            String passwordHash, int failedSignIns, Option<Instant> lockedUntil, boolean mustChangePassword,
            Instant createdAt, Instant updatedAt, Option<String> language) {
        return new StaffMember(id, username, displayName, roles, active, passwordHash, failedSignIns, lockedUntil,
                mustChangePassword, createdAt, updatedAt, language);
    }

    /** Signed in: the count of failures starts again. */
    StaffMember signedIn(Instant at) {
        return new StaffMember(id, username, displayName, roles, active, passwordHash, 0, Option.none(),
                mustChangePassword, createdAt, at, language);
    }

    /** One more wrong password; the policy says whether that locks the account, and until when. */
    StaffMember failedSignIn(Instant at, LockoutPolicy policy) {
        int failures = failedSignIns + 1;
        return new StaffMember(id, username, displayName, roles, active, passwordHash, failures,
                policy.lockAfter(failures, at).orElse(lockedUntil), mustChangePassword, createdAt, at, language);
    }

    /** A new password; setting one also lifts a lock-out. */
    StaffMember withPassword(String hash, boolean mustChange, Instant at) {
        return new StaffMember(id, username, displayName, roles, active, hash, 0, Option.none(), mustChange, createdAt, at, language);
    }

    StaffMember deactivated(Instant at) {
        return new StaffMember(id, username, displayName, roles, false, passwordHash, failedSignIns, lockedUntil,
                mustChangePassword, createdAt, at, language);
    }

    StaffMember withRoles(Set<Role> newRoles, Instant at) {
        return new StaffMember(id, username, displayName, newRoles, active, passwordHash, failedSignIns, lockedUntil,
                mustChangePassword, createdAt, at, language);
    }

    /** The language the member chose for the pages; none to follow the browser's. */
    StaffMember speaking(Option<String> chosen, Instant at) {
        return new StaffMember(id, username, displayName, roles, active, passwordHash, failedSignIns, lockedUntil,
                mustChangePassword, createdAt, at, chosen);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** An administrator who can act now. */
    public boolean isActiveAdministrator() {
        return active && holds(Role.ADMINISTRATOR);
    }

    public boolean lockedAt(Instant at) {
        return lockedUntil.exists(at::isBefore);
    }

    /** What an administrator changes, as the audit trail shows it: never the password or its hash. */
    String describe() {
        return "roles=" + roles.mkString(",") + "; active=" + active;
    }

    public StaffId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean active() {
        return active;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Option<Instant> lockedUntil() {
        return lockedUntil;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The language the member chose for the pages (an ISO 639 code such as {@code nl}); none to follow the browser. */
    public Option<String> language() {
        return language;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffMember that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "StaffMember[" + id + ", " + username + "]";
    }
}

package org.hotline.domain.staff;

import io.vavr.collection.TreeSet;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemorySignInGuards;
import org.hotline.domain.testing.InMemoryStaff;
import org.hotline.domain.testing.SequentialIdentities;
import org.hotline.domain.testing.SequentialTokens;
import org.hotline.domain.testing.TestHasher;

/** Staff use cases over in-memory ports, with a first administrator and helpers to add members. */
final class StaffFixture {

    static final String ADMIN_PASSWORD = "admin passphrase 1";

    final FixedClock clock = FixedClock.at("2026-03-02T08:00:00Z");
    final InMemoryStaff store = new InMemoryStaff();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final TestHasher hasher = new TestHasher();
    final StaffPorts.Guards guards = InMemorySignInGuards.on(clock);
    final StaffPorts ports = new StaffPorts(store, store, hasher, new SequentialTokens(), audit, UnitOfWork.none(), clock,
            guards);
    final StaffAccess access = new StaffAccess(ports, LockoutPolicy.STANDARD, SessionPolicy.STANDARD);
    final StaffAdministration administration = new StaffAdministration(ports, new SequentialIdentities());

    StaffMember firstAdministrator() {
        return administration.setUpFirstAdministrator("admin", "Ada Admin", ADMIN_PASSWORD, ADMIN_PASSWORD).get();
    }

    /** A member with the given roles who has already chosen their own password. */
    StaffMember member(StaffMember admin, String username, String password, Role... roles) {
        var created = administration.create(admin.id(), username, "Member " + username, TreeSet.of(roles)).get();
        SignIn.SignedIn first = access.signIn(username, created.password().value()).get();
        return access.change(new SignIn.Authenticated(first.member(), first.session()), created.password().value(),
                password, password).get();
    }
}

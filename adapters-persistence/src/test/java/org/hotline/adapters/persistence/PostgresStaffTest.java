package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.hotline.domain.staff.LockoutPolicy;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.Session;
import org.hotline.domain.staff.SessionPolicy;
import org.hotline.domain.staff.SignIn;
import org.hotline.domain.staff.StaffAccess;
import org.hotline.domain.staff.StaffAdministration;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.staff.StaffMember;
import org.hotline.domain.staff.StaffPorts;
import org.hotline.domain.staff.Username;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.TestHasher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresStaffTest {

    private final FixedClock clock = FixedClock.at("2026-04-02T10:15:30.123456Z");
    private Database database;
    private PostgresStaffMembers members;
    private PostgresSessions sessions;
    private PostgresAuditTrail audit;
    private StaffPorts ports;
    private PostgresSignInGuards guards;

    @BeforeEach
    void emptyDatabase() {
        database = TestDatabase.empty();
        members = new PostgresStaffMembers(database);
        sessions = new PostgresSessions(database);
        audit = new PostgresAuditTrail(database, TestDatabase.seal(), new org.hotline.domain.testing.InMemoryAuditAnchors());
        guards = new PostgresSignInGuards(database);
        ports = new StaffPorts(members, sessions, new TestHasher(), () -> UUID.randomUUID().toString(), audit,
                new PostgresUnitOfWork(database), clock,
                new StaffPorts.Guards(guards, new PostgresTokenBuckets(database, clock), guards));
    }

    @Test
    void a_member_round_trips_with_every_field() {
        StaffMember member = StaffMember.restore(new StaffId(UUID.randomUUID()), new Username("alice.o-brien_2"),
                "Alice O'Brien <ünïcode>", TreeSet.of(Role.SUPERVISOR, Role.POLICE_LIAISON), true,
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", 3, Option.some(Instant.parse("2026-04-02T11:00:00.5Z")),
                true, clock.instant(), clock.instant().plusSeconds(5), Option.some("nl"));
        members.add(member);

        StaffMember read = members.byId(member.id()).get();
        assertThat(read).usingRecursiveComparison().isEqualTo(member);
        assertThat(members.byUsername(new Username("alice.o-brien_2")).map(StaffMember::id)).contains(member.id());
        assertThat(members.forChange(member.id())).contains(member);

        StaffMember cleared = StaffMember.restore(member.id(), member.username(), "Alice", TreeSet.of(Role.ANALYST),
                false, "other hash", 0, Option.none(), false, member.createdAt(), member.updatedAt().plusSeconds(1),
                Option.none());
        members.update(cleared);
        assertThat(members.byId(member.id()).get()).usingRecursiveComparison().isEqualTo(cleared);
    }

    @Test
    void a_username_is_taken_once() {
        members.add(aMember("alice", Role.ANALYST));

        assertThatThrownBy(() -> members.add(aMember("alice", Role.SUPERVISOR))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void the_active_administrators_are_those_with_the_role_and_an_active_account() {
        StaffMember admin = aMember("admin", Role.ADMINISTRATOR, Role.ANALYST);
        members.add(admin);
        members.add(aMember("analyst", Role.ANALYST));
        StaffMember former = aMember("former", Role.ADMINISTRATOR);
        members.add(StaffMember.restore(former.id(), former.username(), former.displayName(), former.roles(), false,
                former.passwordHash(), 0, Option.none(), false, former.createdAt(), former.updatedAt()));

        assertThat(members.activeAdministrators()).extracting(StaffMember::id).containsExactly(admin.id());
        assertThat(members.all()).extracting(m -> m.username().value()).containsExactly("admin", "analyst", "former");
    }

    @Test
    void sessions_are_kept_by_digest_touched_and_closed() {
        StaffMember alice = aMember("alice", Role.ANALYST);
        StaffMember bob = aMember("bob", Role.ANALYST);
        members.add(alice);
        members.add(bob);
        Instant at = clock.instant();
        Session first = new Session(Session.digestOf("first"), alice.id(), at, at, "form-1");
        Session second = new Session(Session.digestOf("second"), alice.id(), at, at, "form-2");
        Session bobs = new Session(Session.digestOf("bob"), bob.id(), at.minus(Duration.ofHours(13)), at, "form-3");
        sessions.open(first);
        sessions.open(second);
        sessions.open(bobs);

        assertThat(sessions.byDigest(first.idDigest())).contains(first);
        sessions.touch(first.idDigest(), at.plusSeconds(90));
        assertThat(sessions.byDigest(first.idDigest()).get().lastSeenAt()).isEqualTo(at.plusSeconds(90));

        assertThat(sessions.closeExpired(at, SessionPolicy.STANDARD)).isEqualTo(1);
        assertThat(sessions.byDigest(bobs.idDigest())).isEmpty();

        sessions.closeOthersOf(alice.id(), first.idDigest());
        assertThat(sessions.byDigest(second.idDigest())).isEmpty();
        assertThat(sessions.byDigest(first.idDigest())).isNotEmpty();
        sessions.closeAllOf(alice.id());
        assertThat(sessions.byDigest(first.idDigest())).isEmpty();
    }

    @Test
    void sign_in_and_administration_work_over_the_database_with_their_audit_records() {
        var administration = new StaffAdministration(ports, UUID::randomUUID);
        var access = new StaffAccess(ports, LockoutPolicy.STANDARD, SessionPolicy.STANDARD);
        StaffMember admin = administration.setUpFirstAdministrator("admin", "Ada", "admin passphrase", "admin passphrase").get();
        var created = administration.create(admin.id(), "alice", "Alice", TreeSet.of(Role.ANALYST)).get();

        SignIn.SignedIn signedIn = access.signIn("alice", created.password().value()).get();

        assertThat(access.recognise(signedIn.sessionToken()).map(a -> a.member().id())).contains(created.member().id());
        assertThat(count("staff_session where id_digest = '" + signedIn.session().idDigest() + "'")).isEqualTo(1);
        assertThat(count("staff_session where id_digest = '" + signedIn.sessionToken() + "'")).isZero();
        List<String> actions = database.jdbi().withHandle(h -> h.createQuery("select action from audit_record order by sequence")
                .mapTo(String.class).list());
        assertThat(actions)
                .containsExactly("staff.setup_token_used", "staff.created", "staff.created", "staff.signed_in");
    }

    @Test
    void concurrent_wrong_passwords_are_each_counted() throws Exception {
        var administration = new StaffAdministration(ports, UUID::randomUUID);
        var access = new StaffAccess(ports, new LockoutPolicy(100, Duration.ofMinutes(15), Duration.ofDays(1)),
                SessionPolicy.STANDARD);
        StaffMember admin = administration.setUpFirstAdministrator("admin", "Ada", "admin passphrase", "admin passphrase").get();
        int attempts = 12;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return access.signIn(new org.hotline.domain.staff.SignInAttempt("admin", "wrong password",
                        "192.0.2." + Thread.currentThread().getId(), Option.none(), ""));
            }));
        }
        start.countDown();
        for (Future<?> result : results) {
            result.get();
        }
        pool.shutdown();

        assertThat(members.byId(admin.id()).get().failedSignIns()).isEqualTo(attempts);
    }

    @Test
    void known_browsers_and_the_tally_of_unknown_names_round_trip() {
        StaffMember alice = aMember("alice", Role.ANALYST);
        members.add(alice);
        var device = org.hotline.domain.staff.TrustedDevice.of("browser token", alice.id(), clock.instant());
        guards.save(device);
        var locked = new org.hotline.domain.staff.TrustedDevice(device.digest(), alice.id(), device.since(),
                clock.instant().plusSeconds(60), 5, Option.some(clock.instant().plusSeconds(900)));
        guards.save(locked);
        assertThat(guards.byDigest(device.digest())).contains(locked);
        assertThat(guards.byDigest(org.hotline.domain.staff.TrustedDevice.digestOf("another"))).isEmpty();

        for (int i = 0; i < 3; i++) {
            guards.count("203.0.113.9", clock.instant().plusSeconds(i));
        }
        var tally = guards.due(clock.instant().plusSeconds(10), clock.instant()).single();
        assertThat(tally).isEqualTo(new org.hotline.domain.staff.UnknownSignIns.Tally("203.0.113.9", clock.instant(),
                clock.instant().plusSeconds(2), 3));
        guards.count("203.0.113.9", clock.instant().plusSeconds(20));
        guards.forget(tally);
        assertThat(guards.due(clock.instant().plusSeconds(60), clock.instant()).single().attempts())
                .as("the attempt counted after the report stays").isEqualTo(1);
        guards.forget(guards.due(clock.instant().plusSeconds(60), clock.instant()).single());
        assertThat(guards.due(clock.instant().plusSeconds(60), clock.instant())).isEmpty();
    }

    @Test
    void a_members_sessions_are_listed_with_where_they_were_opened_the_latest_first() {
        StaffMember alice = aMember("alice", Role.ANALYST);
        members.add(alice);
        Instant at = clock.instant();
        sessions.open(new Session(Session.digestOf("a"), alice.id(), at, at, "form-a", "192.0.2.1", "Firefox on Linux"));
        sessions.open(new Session(Session.digestOf("b"), alice.id(), at, at.plusSeconds(60), "form-b", "192.0.2.2", ""));

        assertThat(sessions.of(alice.id())).extracting(Session::client).containsExactly("192.0.2.2", "192.0.2.1");
        assertThat(sessions.of(alice.id()).last().browser()).isEqualTo("Firefox on Linux");
    }

    private StaffMember aMember(String username, Role... roles) {
        return StaffMember.create(new StaffId(UUID.randomUUID()), new Username(username), "Member " + username,
                TreeSet.of(roles), "hash", false, clock.instant());
    }

    private long count(String from) {
        return database.jdbi().withHandle(h -> h.createQuery("select count(*) from " + from).mapTo(Long.class).one());
    }
}

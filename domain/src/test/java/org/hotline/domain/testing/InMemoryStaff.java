package org.hotline.domain.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.staff.Session;
import org.hotline.domain.staff.SessionPolicy;
import org.hotline.domain.staff.Sessions;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.staff.StaffMember;
import org.hotline.domain.staff.StaffMembers;
import org.hotline.domain.staff.Username;

/** Members of staff and their sessions kept in memory, for tests. One lock is all a test needs. */
public final class InMemoryStaff implements StaffMembers, Sessions {

    private final Map<StaffId, StaffMember> members = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();

    @Override
    public synchronized void add(StaffMember member) {
        if (members.containsKey(member.id()) || byUsername(member.username()).isDefined()) {
            throw new IllegalStateException("already stored: " + member);
        }
        members.put(member.id(), member);
    }

    @Override
    public synchronized void update(StaffMember member) {
        if (!members.containsKey(member.id())) {
            throw new IllegalStateException("not stored: " + member);
        }
        members.put(member.id(), member);
    }

    @Override
    public synchronized Option<StaffMember> byId(StaffId id) {
        return Option.of(members.get(id));
    }

    @Override
    public synchronized Option<StaffMember> byUsername(Username username) {
        return List.ofAll(members.values()).find(m -> m.username().equals(username));
    }

    @Override
    public Option<StaffMember> forChange(StaffId id) {
        return byId(id);
    }

    @Override
    public synchronized Seq<StaffMember> activeAdministrators() {
        return List.ofAll(members.values()).filter(StaffMember::isActiveAdministrator);
    }

    @Override
    public synchronized Seq<StaffMember> all() {
        return List.ofAll(members.values()).sorted(Comparator.comparing(m -> m.username().value()));
    }

    @Override
    public synchronized void open(Session session) {
        sessions.put(session.idDigest(), session);
    }

    @Override
    public synchronized Option<Session> byDigest(String idDigest) {
        return Option.of(sessions.get(idDigest));
    }

    @Override
    public synchronized void touch(String idDigest, Instant at) {
        sessions.computeIfPresent(idDigest, (digest, s) -> s.seenAt(at));
    }

    @Override
    public synchronized Seq<Session> of(StaffId staff) {
        return List.ofAll(sessions.values()).filter(s -> s.staff().equals(staff)).sortBy(Session::lastSeenAt).reverse();
    }

    @Override
    public synchronized void close(String idDigest) {
        sessions.remove(idDigest);
    }

    @Override
    public synchronized void closeAllOf(StaffId staff) {
        sessions.values().removeIf(s -> s.staff().equals(staff));
    }

    @Override
    public synchronized void closeOthersOf(StaffId staff, String keptDigest) {
        sessions.values().removeIf(s -> s.staff().equals(staff) && !s.idDigest().equals(keptDigest));
    }

    @Override
    public synchronized int closeExpired(Instant at, SessionPolicy policy) {
        int before = sessions.size();
        sessions.values().removeIf(s -> policy.expired(s, at));
        return before - sessions.size();
    }

    /** The sessions open now, for tests to count. */
    public synchronized Seq<Session> openSessions() {
        return List.ofAll(sessions.values());
    }
}

package org.hotline.domain.staff;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditSubject;
import org.jmolecules.ddd.annotation.Service;

/** A member's own sessions: where they are signed in, and ending those they do not want; each ending is recorded. */
@Service
public final class StaffSessions implements OwnSessions {

    private final StaffPorts ports;
    private final SessionPolicy policy;

    public StaffSessions(StaffPorts ports, SessionPolicy policy) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Seq<Session> sessions(SignIn.Authenticated who) {
        Instant now = ports.clock().instant();
        return ports.sessions().of(who.member().id()).filter(session -> !policy.expired(session, now));
    }

    @Override
    public boolean end(SignIn.Authenticated who, String sessionDigest) {
        return ports.unit().inOneUnit(() -> {
            Option<Session> session = ports.sessions().byDigest(sessionDigest == null ? "" : sessionDigest)
                    .filter(found -> found.staff().equals(who.member().id()));
            session.forEach(ended -> {
                ports.sessions().close(ended.idDigest());
                record(who, "ended by the member; opened from " + ended.client());
            });
            return session.isDefined();
        });
    }

    @Override
    public int endOthers(SignIn.Authenticated who) {
        return ports.unit().inOneUnit(() -> {
            int others = ports.sessions().of(who.member().id()).count(s -> !s.idDigest().equals(who.session().idDigest()));
            ports.sessions().closeOthersOf(who.member().id(), who.session().idDigest());
            if (others > 0) {
                record(who, others + " other sessions ended by the member");
            }
            return others;
        });
    }

    private void record(SignIn.Authenticated who, String what) {
        ports.audit().record(new AuditEntry(Option.some(who.member().id()), Option.none(), ports.clock().instant(),
                "staff.session_ended", AuditSubject.ofStaff(who.member().id()), "", what));
    }
}

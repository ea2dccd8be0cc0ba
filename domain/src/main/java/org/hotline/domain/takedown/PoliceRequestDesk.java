package org.hotline.domain.takedown;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.Rejection;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.Cases;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.jmolecules.ddd.annotation.Service;

/**
 * The police's requests to the hotline: the police liaison records what the police ask about a case, an analyst or a
 * supervisor answers it; each in one unit of work with its audit record. Shares the takedown desk's ports.
 */
@Service
public final class PoliceRequestDesk implements HandlePoliceRequests {

    private final TakedownPorts ports;
    private final PoliceRequests requests;

    public PoliceRequestDesk(TakedownPorts ports, PoliceRequests requests) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    @Override
    public Either<Rejection<TakedownRefusal>, PoliceRequest> ask(Acting liaison, String caseId, String request,
            String neededBy) {
        return liaison.as(TakedownRefusal.ROLE_REQUIRED, Role.POLICE_LIAISON)
                .flatMap(member -> TakedownDesk.text(REQUEST_FIELD, request, TakedownDesk.MAX_TEXT, true))
                .flatMap(text -> neededBy(neededBy).flatMap(day -> named(caseId).map(found -> {
                    Instant now = ports.clock().instant();
                    var asked = new PoliceRequest(ports.identities().next(), found.id(), liaison.staff(), now, text.get(),
                            day, Option.none());
                    return ports.unitOfWork().inOneUnit(() -> {
                        requests.add(asked);
                        ports.audit().record(AuditEntry.byStaff(liaison.staff(), liaison.role(), now,
                                "police.request_asked", "case:" + found.id(), "", "request " + asked.id()
                                        + day.map(by -> " needed by " + by).getOrElse("")));
                        return asked;
                    });
                })));
    }

    @Override
    public Either<Rejection<TakedownRefusal>, PoliceRequest> answer(Acting who, String requestId, String answer) {
        return who.as(TakedownRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR)
                .flatMap(member -> TakedownDesk.text(ANSWER_FIELD, answer, TakedownDesk.MAX_TEXT, true))
                .flatMap(text -> request(requestId).flatMap(open -> {
                    if (!open.isOpen()) {
                        return Either.left(answeredAlready());
                    }
                    Instant now = ports.clock().instant();
                    PoliceRequest answered = open.answered(new PoliceRequest.Answer(who.staff(), now, text.get()));
                    return ports.unitOfWork().inOneUnit(() -> {
                        if (!requests.answer(answered)) {
                            return Either.<Rejection<TakedownRefusal>, PoliceRequest>left(answeredAlready());
                        }
                        ports.audit().record(AuditEntry.byStaff(who.staff(), who.role(), now, "police.request_answered",
                                "case:" + open.caseId(), "open", "request " + open.id() + " answered"));
                        return Either.right(answered);
                    });
                }));
    }

    @Override
    public Either<Rejection<TakedownRefusal>, Seq<PoliceRequest>> ofCase(Acting viewer, String caseId) {
        return viewer.as(TakedownRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR, Role.POLICE_LIAISON)
                .flatMap(member -> named(caseId)).map(found -> requests.ofCase(found.id()));
    }

    @Override
    public Either<Rejection<TakedownRefusal>, Seq<PoliceRequest>> openAndRecent(Acting viewer) {
        return viewer.as(TakedownRefusal.ROLE_REQUIRED, Role.POLICE_LIAISON, Role.SUPERVISOR)
                .map(member -> requests.openAndRecent(RECENTLY_ANSWERED));
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(ports.clock().instant(), ports.zone());
    }

    private Either<Rejection<TakedownRefusal>, Option<LocalDate>> neededBy(String typed) {
        String stripped = typed == null ? "" : typed.strip();
        if (stripped.isEmpty()) {
            return Either.right(Option.none());
        }
        try {
            LocalDate day = LocalDate.parse(stripped);
            return day.isBefore(today()) ? Either.left(neededByInvalid("The day the police need it by has passed."))
                    : Either.right(Option.some(day));
        } catch (DateTimeParseException e) {
            return Either.left(neededByInvalid("Write the day as YYYY-MM-DD, such as 2026-12-14."));
        }
    }

    private static Rejection<TakedownRefusal> neededByInvalid(String detail) {
        return Rejection.ofFields(TakedownRefusal.NEEDED_BY_INVALID, detail,
                List.of(new FieldError(NEEDED_BY_FIELD, TakedownRefusal.NEEDED_BY_INVALID.code(), detail)));
    }

    private static Rejection<TakedownRefusal> answeredAlready() {
        return Rejection.of(TakedownRefusal.REQUEST_ANSWERED, "This request was answered already.");
    }

    private Either<Rejection<TakedownRefusal>, Case> named(String caseId) {
        return ports.cases().named(caseId == null ? "" : caseId.strip()).toEither(() -> Rejection.ofFields(
                TakedownRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE, List.of(new FieldError(CASE_FIELD,
                        TakedownRefusal.CASE_UNKNOWN.code(), Cases.NO_SUCH_CASE))));
    }

    private Either<Rejection<TakedownRefusal>, PoliceRequest> request(String requestId) {
        Option<UUID> id;
        try {
            id = Option.of(requestId).map(String::strip).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            id = Option.none();
        }
        return id.flatMap(requests::find).toEither(() -> Rejection.of(TakedownRefusal.REQUEST_UNKNOWN,
                "There is no such request of the police."));
    }
}

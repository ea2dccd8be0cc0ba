package org.hotline.domain.takedown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;

/**
 * Something the police ask of the hotline about a case (preserve the capture, say whether the address still answers,
 * send what was traced), recorded by the police liaison, and the hotline's answer once an analyst or supervisor gave it.
 *
 * @param neededBy the day the police need it by, if they said
 * @param answer none while the request is open
 */
public record PoliceRequest(UUID id, CaseId caseId, StaffId askedBy, Instant askedAt, String text,
        Option<LocalDate> neededBy, Option<Answer> answer) {

    /** The hotline's answer: who gave it, when, and what it says. */
    public record Answer(StaffId by, Instant at, String text) {
        public Answer {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
        }
    }

    public PoliceRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(askedBy, "askedBy");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(neededBy, "neededBy");
        Objects.requireNonNull(answer, "answer");
    }

    public boolean isOpen() {
        return answer.isEmpty();
    }

    /** Open, and needed by a day that has come. */
    public boolean due(LocalDate today) {
        return isOpen() && neededBy.exists(day -> !day.isAfter(today));
    }

    /** The request answered. */
    public PoliceRequest answered(Answer given) {
        return new PoliceRequest(id, caseId, askedBy, askedAt, text, neededBy, Option.some(given));
    }
}

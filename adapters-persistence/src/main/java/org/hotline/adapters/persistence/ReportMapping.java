package org.hotline.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.ReportRows.CaseRow;
import org.hotline.adapters.persistence.ReportRows.ReportRow;
import org.hotline.adapters.persistence.ReportRows.ReportUrlRow;
import org.hotline.adapters.persistence.ReportRows.SignalsRow;
import org.hotline.adapters.persistence.ReportRows.StateColumns;
import org.hotline.domain.CountryCode;
import org.hotline.domain.Sha256;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseSignals;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.Report;
import org.hotline.domain.partner.PartnerId;
import org.hotline.domain.report.IdempotencyKey;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.report.ReporterContact;
import org.hotline.domain.report.SeenContent;
import org.hotline.domain.staff.StaffId;

/** Maps between the domain's reports and cases and this adapter's rows. */
final class ReportMapping {

    private ReportMapping() {
    }

    static ReportRow toRow(Report report) {
        var contact = report.contact();
        var key = report.idempotencyKey();
        return new ReportRow(
                report.id().value(),
                report.reference().value(),
                report.receivedAt(),
                report.channel().name(),
                report.seen().map(SeenContent::name).toJavaArray(String[]::new),
                report.description().getOrNull(),
                contact.flatMap(ReporterContact::name).getOrNull(),
                contact.flatMap(ReporterContact::email).getOrNull(),
                contact.flatMap(ReporterContact::phone).getOrNull(),
                report.submittedBy().map(PartnerId::value).getOrNull(),
                key.map(IdempotencyKey::scope).getOrNull(),
                key.map(IdempotencyKey::key).getOrNull(),
                key.map(IdempotencyKey::fingerprint).getOrNull());
    }

    static Report toReport(ReportRow row, List<ReportUrlRow> urls) {
        Option<String> name = Option.of(row.contactName());
        Option<String> email = Option.of(row.contactEmail());
        Option<String> phone = Option.of(row.contactPhone());
        Option<ReporterContact> contact = name.isEmpty() && email.isEmpty() && phone.isEmpty()
                ? Option.none()
                : Option.some(new ReporterContact(name, email, phone));
        return Report.restore(
                new ReportId(row.id()),
                row.receivedAt(),
                Channel.valueOf(row.channel()),
                urls.sortBy(ReportUrlRow::position).map(u -> new ReportedUrl(u.submittedUrl(), u.canonicalUrl())),
                LinkedHashSet.of(row.seen()).map(SeenContent::valueOf),
                Option.of(row.description()),
                contact,
                Option.of(row.partnerId()).map(PartnerId::new),
                Option.of(row.idempotencyKey()).map(key ->
                        new IdempotencyKey(row.idempotencyScope(), key, row.requestFingerprint())));
    }

    static CaseRow toRow(Case found) {
        StateColumns state = toColumns(found.state(), found.openedAt());
        return new CaseRow(
                found.id().value(),
                found.url().canonical(),
                found.openedAt(),
                found.firstReport().value(),
                state.state(),
                state.stateSince(),
                state.claimedBy(),
                state.claimExpiresAt(),
                state.forwardedTo(),
                state.closureReason(),
                state.closureNote());
    }

    /** The columns of a state; {@code openedAt} stands for the start of a state that carries no time of its own. */
    static StateColumns toColumns(CaseState state, Instant openedAt) {
        return new StateColumns(
                state.name(),
                sinceOf(openedAt, state),
                state instanceof CaseState.InAssessment claimed ? claimed.analyst().value() : null,
                state instanceof CaseState.InAssessment claimed ? claimed.expiresAt() : null,
                forwardedTo(state),
                state instanceof CaseState.Closed closed ? closed.reason().name() : null,
                state instanceof CaseState.Closed closed ? closed.note().getOrNull() : null);
    }

    /** Where the case went: the hotline it was forwarded to, or the hosting country of one to refer or for the police. */
    private static String forwardedTo(CaseState state) {
        if (state instanceof CaseState.Forwarded forwarded) {
            return forwarded.toHotline();
        } else if (state instanceof CaseState.ToRefer toRefer) {
            return toRefer.country().value();
        } else if (state instanceof CaseState.ForPolice forPolice) {
            return forPolice.country().value();
        }
        return null;
    }

    private static Instant sinceOf(Instant openedAt, CaseState state) {
        if (state instanceof CaseState.InAssessment claimed) {
            return claimed.claimedAt();
        } else if (state instanceof CaseState.AwaitingLegalReview review) {
            return review.since();
        } else if (state instanceof CaseState.AwaitingHostingTrace trace) {
            return trace.since();
        } else if (state instanceof CaseState.Forwarded forwarded) {
            return forwarded.at();
        } else if (state instanceof CaseState.InTakedown takedown) {
            return takedown.since();
        } else if (state instanceof CaseState.ToRefer toRefer) {
            return toRefer.since();
        } else if (state instanceof CaseState.ForPolice forPolice) {
            return forPolice.since();
        } else if (state instanceof CaseState.Closed closed) {
            return closed.at();
        }
        return openedAt;
    }

    static Case toCase(CaseRow row) {
        return Case.restore(
                new CaseId(row.id()),
                new ReportedUrl(row.canonicalUrl(), row.canonicalUrl()),
                row.openedAt(),
                new ReportId(row.firstReportId()),
                toState(row.stateColumns()));
    }

    static CaseState toState(StateColumns row) {
        return switch (row.state()) {
            case "AWAITING_ASSESSMENT" -> new CaseState.AwaitingAssessment();
            case "IN_ASSESSMENT" -> new CaseState.InAssessment(new StaffId(row.claimedBy()), row.stateSince(), row.claimExpiresAt());
            case "AWAITING_LEGAL_REVIEW" -> new CaseState.AwaitingLegalReview(row.stateSince());
            case "AWAITING_HOSTING_TRACE" -> new CaseState.AwaitingHostingTrace(row.stateSince());
            case "FORWARDED" -> new CaseState.Forwarded(row.stateSince(), row.forwardedTo());
            case "IN_TAKEDOWN" -> new CaseState.InTakedown(row.stateSince());
            case "TO_REFER" -> new CaseState.ToRefer(row.stateSince(), new CountryCode(row.forwardedTo()));
            case "FOR_POLICE" -> new CaseState.ForPolice(row.stateSince(), new CountryCode(row.forwardedTo()));
            case "CLOSED" -> new CaseState.Closed(row.stateSince(), CaseState.ClosureReason.valueOf(row.closureReason()),
                    Option.of(row.closureNote()));
            default -> throw new IllegalStateException("unknown case state in the database: " + row.state());
        };
    }

    static CaseSignals toSignals(SignalsRow row) {
        return new CaseSignals(row.reportCount(), row.referred(), row.visual());
    }

    /** The key that identifies an address in the index of open cases. */
    static byte[] urlKey(String canonicalUrl) {
        return Sha256.of(canonicalUrl.getBytes(StandardCharsets.UTF_8));
    }
}

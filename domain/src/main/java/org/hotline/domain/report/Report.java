package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.hotline.domain.partner.PartnerId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * What one reporter sent at one time: one or more addresses, what they saw there, and, if they chose, a
 * description and a way to contact them. A report never changes after it is received; the work it causes is
 * tracked in the {@link Case} of each address.
 */
@AggregateRoot
public final class Report {

    @Identity
    private final ReportId id;
    private final Instant receivedAt;
    private final Channel channel;
    private final List<ReportedUrl> urls;
    private final Set<SeenContent> seen;
    private final Option<String> description;
    private final Option<ReporterContact> contact;
    private final Option<PartnerId> submittedBy;
    private final Option<IdempotencyKey> idempotencyKey;

    /** A report arrived and was recorded. */
    public record Received(ReportId report, Instant at, Channel channel, int addresses)
            implements org.jmolecules.event.types.DomainEvent {
    }

    private Report(ReportId id, Instant receivedAt, Channel channel, List<ReportedUrl> urls, Set<SeenContent> seen,
            Option<String> description, Option<ReporterContact> contact, Option<PartnerId> submittedBy,
            Option<IdempotencyKey> idempotencyKey) {
        this.id = Objects.requireNonNull(id, "id");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.urls = Objects.requireNonNull(urls, "urls");
        this.seen = Objects.requireNonNull(seen, "seen");
        this.description = Objects.requireNonNull(description, "description");
        this.contact = Objects.requireNonNull(contact, "contact");
        this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("a report has at least one address");
        }
    }

    /** Receives validated content; the report is stamped with its identifier and the time it arrived. */
    public static Report receive(ReportId id, Instant at, ReportSubmission submission, ReportSubmission.Content content) {
        return new Report(id, at, submission.channel(), content.urls(), content.seen(), content.description(),
                content.contact(), submission.partner(), submission.idempotencyKey());
    }

    /** Rebuilds a report that was stored earlier. */
    public static Report restore(ReportId id, Instant receivedAt, Channel channel, List<ReportedUrl> urls,
            Set<SeenContent> seen, Option<String> description, Option<ReporterContact> contact,
            Option<PartnerId> submittedBy, Option<IdempotencyKey> idempotencyKey) {
        return new Report(id, receivedAt, channel, urls, seen, description, contact, submittedBy, idempotencyKey);
    }

    public Received received() {
        return new Received(id, receivedAt, channel, urls.size());
    }

    public ReportId id() {
        return id;
    }

    public ReportReference reference() {
        return id.reference();
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Channel channel() {
        return channel;
    }

    public List<ReportedUrl> urls() {
        return urls;
    }

    public Set<SeenContent> seen() {
        return seen;
    }

    public Option<String> description() {
        return description;
    }

    public Option<ReporterContact> contact() {
        return contact;
    }

    /** The partner that filed the report through the API with its key; none for the public. */
    public Option<PartnerId> submittedBy() {
        return submittedBy;
    }

    public Option<IdempotencyKey> idempotencyKey() {
        return idempotencyKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Report that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Report[" + id + ", " + urls.size() + " address(es), " + channel + "]";
    }
}

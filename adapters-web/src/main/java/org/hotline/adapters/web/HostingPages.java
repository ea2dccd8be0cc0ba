package org.hotline.adapters.web;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.vavr.collection.Seq;
import org.hotline.adapters.web.pages.FieldErrors;
import org.hotline.adapters.web.pages.HostingSection;
import org.hotline.domain.FieldError;
import org.hotline.domain.Rejection;
import org.hotline.domain.hosting.CountryCandidate;
import org.hotline.domain.hosting.DataSetVersion;
import org.hotline.domain.hosting.HostTrace;
import org.hotline.domain.hosting.HostingSummary;
import org.hotline.domain.hosting.IpDataVersion;
import org.hotline.domain.hosting.TracedAddress;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.dns.DnsAnswer;
import org.hotline.domain.hosting.dns.Resolution;
import org.hotline.domain.hosting.casework.CaseHosting;
import org.hotline.domain.hosting.casework.HostingRefusal;
import org.hotline.domain.hosting.casework.RecordedTrace;
import org.hotline.domain.hosting.casework.SettleHosting;
import org.hotline.domain.hosting.casework.Settlement;
import org.hotline.domain.hosting.casework.TraceJob;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.staff.Role;

/**
 * The hosting trace on the case page: the section that shows the traces and settlements, and the two actions, settling
 * the hosting country and tracing again. A settlement that succeeds goes on to the case page by redirect; one refused
 * shows the case page again with what was wrong beside the field (400) or the reason (409).
 */
final class HostingPages {

    static final String SETTLE = CasePages.PATH + "/hosting";
    static final String TRACE_AGAIN = CasePages.PATH + "/trace-again";

    private static final String TYPED = "hotline.hosting.typed";

    /** What the settling form sent, and what was wrong with it, to show the form again. */
    private record Typed(String country, String reason, FieldErrors errors) {
    }

    private final SettleHosting hosting;
    private final ManageStaff staff;
    private final Times times;

    HostingPages(SettleHosting hosting, ManageStaff staff, Times times) {
        this.hosting = Objects.requireNonNull(hosting, "hosting");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.times = Objects.requireNonNull(times, "times");
    }

    void settle(Context ctx, Handler showCase) throws Exception {
        String country = Forms.text(ctx, SettleHosting.COUNTRY_FIELD);
        String reason = Forms.text(ctx, SettleHosting.REASON_FIELD);
        var settled = hosting.settle(SignedInStaff.required(ctx).as(Role.ANALYST, Role.SUPERVISOR), ctx.pathParam("id"),
                country, reason);
        if (settled.isRight()) {
            ctx.redirect(CasePages.pathOf(ctx.pathParam("id")) + "#hosting", HttpStatus.SEE_OTHER);
            return;
        }
        refused(ctx, settled.getLeft(), new Typed(country, reason, FieldErrors.none()), showCase);
    }

    void traceAgain(Context ctx, Handler showCase) throws Exception {
        var asked = hosting.traceAgain(SignedInStaff.required(ctx).as(Role.ANALYST, Role.SUPERVISOR), ctx.pathParam("id"));
        if (asked.isRight()) {
            ctx.redirect(CasePages.pathOf(ctx.pathParam("id")) + "#hosting", HttpStatus.SEE_OTHER);
            return;
        }
        refused(ctx, asked.getLeft(), null, showCase);
    }

    /** The case page again: wrong input beside its field, anything else as the page's refusal. */
    private static void refused(Context ctx, Rejection<HostingRefusal> rejection, Typed typed, Handler showCase)
            throws Exception {
        Rejections.Answer answer = Rejections.answer(rejection.reason());
        Rejections.refuseWholePage(answer, rejection);
        Messages t = Languages.messagesFor(ctx);
        ctx.status(Rejections.statusOf(answer));
        if (typed != null && answer == Rejections.Answer.INVALID_INPUT) {
            String field = rejection.reason() == HostingRefusal.COUNTRY_INVALID ? SettleHosting.COUNTRY_FIELD
                    : SettleHosting.REASON_FIELD;
            Seq<FieldError> errors = rejection.fields().isEmpty()
                    ? io.vavr.collection.List.of(new FieldError(field, rejection.code(), rejection.detail()))
                    : rejection.fields();
            ctx.attribute(TYPED, new Typed(Forms.limited(typed.country(), 10),
                    Forms.limited(typed.reason(), HostingSummary.MAX_REASON_LENGTH + 1), FieldErrors.of(errors, t)));
        } else {
            ctx.attribute(CasePages.REFUSAL, Rejections.message(rejection, t));
        }
        showCase.handle(ctx);
    }

    /** The hosting section of a case's page; none for readers who may not see it, and for cases not assessed illegal. */
    Optional<HostingSection> section(Context ctx, SignedInStaff member) {
        if (!member.holds(Role.ANALYST) && !member.holds(Role.SUPERVISOR)) {
            return Optional.empty();
        }
        var found = hosting.hostingOf(member.as(Role.ANALYST, Role.SUPERVISOR), ctx.pathParam("id"));
        if (found.isLeft()) {
            return Optional.empty();
        }
        CaseHosting shown = found.get();
        boolean relevant = shown.maySettle() || shown.traces().nonEmpty() || shown.waiting().isDefined()
                || shown.settlements().nonEmpty();
        if (!relevant) {
            return Optional.empty();
        }
        StaffNames names = StaffNames.of(staff);
        Messages t = Languages.messagesFor(ctx);
        return Optional.of(new HostingSection(shown.theCase().id().toString(), missing(shown.dataNow(), t),
                shown.waiting().map(job -> waiting(job, names, t)).toJavaOptional(),
                shown.traces().headOption().map(trace -> trace(trace, names, t)).toJavaOptional(),
                Math.max(0, shown.traces().size() - 1), shown.settlements().map(s -> settled(s, names, t)).toJavaList(),
                form(ctx, shown)));
    }

    private static Optional<String> missing(IpDataVersion now, Messages t) {
        List<String> absent = io.vavr.collection.List.of(now.countries(), now.networks()).filter(set -> !set.loaded())
                .map(DataSetVersion::name).toJavaList();
        return absent.isEmpty() ? Optional.empty() : Optional.of(t.get("hosting.dataMissing", String.join(", ", absent)));
    }

    private HostingSection.Waiting waiting(TraceJob job, StaffNames names, Messages t) {
        return new HostingSection.Waiting(times.when(job.requestedAt(), t),
                job.requestedBy().map(names::of).getOrElse(() -> t.get("hosting.byProgram")), job.attempts(),
                job.lastFailure().toJavaOptional());
    }

    private HostingSection.Trace trace(RecordedTrace recorded, StaffNames names, Messages t) {
        var trace = recorded.trace();
        HostingSummary summary = trace.summary();
        IpDataVersion data = trace.data();
        return new HostingSection.Trace(times.when(trace.startedAt(), t),
                Duration.between(trace.startedAt(), trace.finishedAt()).toMillis(),
                recorded.requestedBy().map(names::of).getOrElse(() -> t.get("hosting.byProgram")),
                io.vavr.collection.List.of(data.countries(), data.networks(), data.cdnNetworks()).map(Object::toString)
                        .toJavaList(),
                data.networks().loaded(), summary.candidates().map(HostingPages::candidate).toJavaList(),
                summary.cautions().map(caution -> caution.describe()).toJavaList(),
                trace.hosts().map(host -> host(host, t)).toJavaList());
    }

    private static HostingSection.Candidate candidate(CountryCandidate candidate) {
        return new HostingSection.Candidate(candidate.country().value(), candidate.hosts().map(Host::text).mkString(", "),
                candidate.addresses().mkString(", "), candidate.cdnNetworks().isEmpty() ? Optional.empty()
                        : Optional.of(candidate.cdnNetworks().mkString(", ")));
    }

    private static HostingSection.HostView host(HostTrace host, Messages t) {
        List<HostingSection.DnsLine> dns = host.dns().map(HostingPages::dnsLines).getOrElse(io.vavr.collection.List.empty())
                .toJavaList();
        return new HostingSection.HostView(host.host().text(), t.get("hosting.role." + host.role().name()),
                host.dns().isEmpty() ? t.get("hosting.numeric") : host.outcome().describe(), dns,
                host.addresses().map(HostingPages::address).toJavaList());
    }

    private static io.vavr.collection.List<HostingSection.DnsLine> dnsLines(Resolution dns) {
        var lines = answerLines(dns.ipv4()).appendAll(answerLines(dns.ipv6()));
        var ns = dns.nameServers();
        String servers = ns.zone().map(zone -> zone + ": " + ns.servers().mkString(", ")).getOrElse(ns.outcome().describe());
        return lines.append(new HostingSection.DnsLine("NS", servers, ns.resolver().getOrElse("")));
    }

    private static io.vavr.collection.List<HostingSection.DnsLine> answerLines(DnsAnswer answer) {
        String resolver = answer.resolver().getOrElse("");
        var cnames = answer.cnames().map(c -> new HostingSection.DnsLine("CNAME", c.toString(), resolver)).toList();
        var records = answer.records().isEmpty()
                ? io.vavr.collection.List.of(new HostingSection.DnsLine(answer.type().name(), answer.outcome().describe(),
                        resolver))
                : answer.records().map(r -> new HostingSection.DnsLine(answer.type().name(), r.address() + " (TTL " + r.ttl()
                        + " s)", resolver)).toList();
        return cnames.appendAll(records);
    }

    private static HostingSection.AddressView address(TracedAddress traced) {
        var facts = traced.facts();
        return new HostingSection.AddressView(traced.address().toString(), facts.country().map(Object::toString).getOrElse("?"),
                facts.asn().map(Object::toString).getOrElse("?"), facts.organisation().getOrElse("?"),
                traced.cdn().map(cdn -> cdn.network() + " (" + cdn.evidence() + ")").toJavaOptional(),
                traced.specialUse().map(use -> use.meaning()).toJavaOptional());
    }

    private HostingSection.Settled settled(Settlement settlement, StaffNames names, Messages t) {
        var decision = settlement.decision();
        return new HostingSection.Settled(decision.country().value(), t.get("hosting.basis." + decision.basis().name()),
                decision.reason().toJavaOptional(), t.get("hosting.standing." + settlement.standing().name()),
                t.get("hosting.next." + settlement.next().name()), settlement.procedure(), settlement.steps().toJavaList(),
                names.of(settlement.by()), times.when(settlement.at(), t));
    }

    private static Optional<HostingSection.Form> form(Context ctx, CaseHosting shown) {
        if (!shown.maySettle() && !(shown.theCase().state() instanceof CaseState.AwaitingHostingTrace)) {
            return Optional.empty();
        }
        String path = CasePages.pathOf(shown.theCase().id().toString());
        Typed typed = ctx.attribute(TYPED);
        String suggestion = shown.summary().flatMap(HostingSummary::suggestion).map(Object::toString).getOrElse("");
        List<String> candidates = shown.summary().map(s -> s.candidates().map(c -> c.country().value()).toJavaList())
                .getOrElse(List.of());
        return Optional.of(typed == null
                ? new HostingSection.Form(path + "/hosting", path + "/trace-again", suggestion, "", candidates, FieldErrors.none())
                : new HostingSection.Form(path + "/hosting", path + "/trace-again", typed.country(), typed.reason(),
                        candidates, typed.errors()));
    }
}

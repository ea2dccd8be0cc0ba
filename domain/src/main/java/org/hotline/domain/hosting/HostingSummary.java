package org.hotline.domain.hosting;

import java.util.Objects;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.Rejection;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.dns.DnsAnswer;

/**
 * What a trace comes to for the analyst: the countries it points to (the page's first), and what to weigh before
 * naming one. The analyst settles the hosting country with {@link #decide}: one of the candidates, or another one
 * with a reason.
 */
public record HostingSummary(Seq<CountryCandidate> candidates, Seq<Caution> cautions) {

    public static final int MAX_REASON_LENGTH = 1000;

    public HostingSummary {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(cautions, "cautions");
        if (candidates.map(CountryCandidate::country).distinct().size() != candidates.size()) {
            throw new IllegalArgumentException("each candidate country once");
        }
    }

    /** Sums up a trace. */
    public static HostingSummary of(HostingTrace trace) {
        return new HostingSummary(candidatesIn(trace), cautionsOf(trace));
    }

    /** The country to propose: the only candidate, when there is exactly one. */
    public Option<CountryCode> suggestion() {
        return candidates.size() == 1 ? Option.some(candidates.head().country()) : Option.none();
    }

    /**
     * The analyst names the hosting country: one of the candidates as it is; any other (or one where the trace found
     * none) with a reason, which is kept with the decision.
     */
    public Either<Rejection<HostingDecisionRefusal>, HostingDecision> decide(CountryCode country, String reason) {
        Objects.requireNonNull(country, "country");
        Option<String> given = Option.of(reason).map(String::strip).filter(text -> !text.isEmpty());
        if (given.exists(text -> text.length() > MAX_REASON_LENGTH)) {
            return Either.left(Rejection.of(HostingDecisionRefusal.REASON_TOO_LONG,
                    "The reason is longer than " + MAX_REASON_LENGTH + " characters."));
        }
        if (candidates.exists(candidate -> candidate.country().equals(country))) {
            return Either.right(new HostingDecision(country, HostingDecision.Basis.CONFIRMED, given));
        }
        if (given.isEmpty()) {
            return Either.left(Rejection.of(HostingDecisionRefusal.REASON_REQUIRED, candidates.isEmpty()
                    ? "The trace found no country: say how you know the content is hosted in " + country + "."
                    : "The trace found " + candidates.map(CountryCandidate::country).mkString(", ")
                            + ", not " + country + ": say why it is " + country + "."));
        }
        var basis = candidates.isEmpty() ? HostingDecision.Basis.ENTERED : HostingDecision.Basis.OVERRIDDEN;
        return Either.right(new HostingDecision(country, basis, given));
    }

    private static Seq<CountryCandidate> candidatesIn(HostingTrace trace) {
        Seq<Tuple2<HostTrace, TracedAddress>> located = trace.hosts()
                .flatMap(host -> host.addresses().map(address -> Tuple.of(host, address)))
                .filter(pair -> pair._2.facts().country().isDefined());
        Seq<CountryCode> countries = located.map(pair -> pair._2.facts().country().get()).distinct();
        return countries.map(country -> {
            var inCountry = located.filter(pair -> pair._2.facts().country().get().equals(country));
            return new CountryCandidate(country,
                    inCountry.map(pair -> pair._1.host()).distinct(),
                    inCountry.map(pair -> pair._2.address()).distinct(),
                    inCountry.flatMap(pair -> pair._2.cdn()).map(CdnMatch::network).distinct());
        });
    }

    private static Seq<Caution> cautionsOf(HostingTrace trace) {
        Seq<Caution> noData = trace.data().countries().loaded() ? List.empty() : List.of(new Caution.NoCountryData());
        Seq<Caution> perHost = trace.hosts().flatMap(host -> resolving(host).appendAll(addressing(host, trace)));
        return noData.appendAll(perHost).appendAll(behindCdns(trace));
    }

    private static Seq<Caution> resolving(HostTrace host) {
        if (host.addresses().isEmpty()) {
            return List.of(new Caution.NotResolved(host.host(), host.outcome()));
        }
        Seq<DnsAnswer> failed = host.dns().map(dns -> dns.failedAnswers()).getOrElse(List.empty());
        return failed.map(answer -> new Caution.PartlyResolved(host.host(), answer.type(), answer.outcome()));
    }

    private static Seq<Caution> addressing(HostTrace host, HostingTrace trace) {
        return host.addresses().flatMap(traced -> {
            if (traced.specialUse().isDefined()) {
                return List.of(new Caution.NotPublic(host.host(), traced.address(), traced.specialUse().get()));
            }
            boolean unknown = trace.data().countries().loaded() && traced.facts().country().isEmpty();
            return unknown ? List.of(new Caution.CountryUnknown(host.host(), traced.address())) : List.<Caution>empty();
        });
    }

    private static Seq<Caution> behindCdns(HostingTrace trace) {
        Seq<Tuple2<String, Host>> behind = trace.hosts()
                .flatMap(host -> host.addresses().flatMap(TracedAddress::cdn).map(cdn -> Tuple.of(cdn.network(), host.host())))
                .distinct();
        return behind.map(Tuple2::_1).distinct()
                .map(network -> new Caution.BehindCdn(network, behind.filter(pair -> pair._1.equals(network)).map(Tuple2::_2)));
    }
}

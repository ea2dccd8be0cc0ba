package org.hotline.adapters.persistence;

import java.util.List;

import io.vavr.control.Option;
import org.hotline.adapters.persistence.TraceDocuments.OutcomeDoc;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.dns.DnsOutcome;

/** DNS outcomes as a stored trace keeps them: the outcome's code and what it carries, as text. */
final class DnsOutcomes {

    private DnsOutcomes() {
    }

    static OutcomeDoc toDoc(DnsOutcome outcome) {
        List<String> values;
        if (outcome instanceof DnsOutcome.NameNotFound nx) {
            values = List.of(nx.name().value());
        } else if (outcome instanceof DnsOutcome.ServerFailure servfail) {
            values = servfail.reason().toJavaList();
        } else if (outcome instanceof DnsOutcome.LameDelegation lame) {
            values = List.of(lame.detail());
        } else if (outcome instanceof DnsOutcome.CnameLoop loop) {
            values = loop.names().map(DomainName::value).toJavaList();
        } else if (outcome instanceof DnsOutcome.CnameChainTooLong tooLong) {
            values = List.of(Integer.toString(tooLong.followed()));
        } else if (outcome instanceof DnsOutcome.Failed failed) {
            values = List.of(failed.reason());
        } else {
            values = List.of();
        }
        return new OutcomeDoc(outcome.code(), values);
    }

    static DnsOutcome fromDoc(OutcomeDoc doc) {
        List<String> values = doc.values();
        return switch (doc.code()) {
            case "complete" -> new DnsOutcome.Complete();
            case "no-records" -> new DnsOutcome.NoRecords();
            case "nxdomain" -> new DnsOutcome.NameNotFound(TraceDocuments.name(values.get(0)));
            case "servfail" -> new DnsOutcome.ServerFailure(Option.ofOptional(values.stream().findFirst()));
            case "refused" -> new DnsOutcome.Refused();
            case "timeout" -> new DnsOutcome.TimedOut();
            case "lame-delegation" -> new DnsOutcome.LameDelegation(values.get(0));
            case "cname-loop" -> new DnsOutcome.CnameLoop(io.vavr.collection.List.ofAll(values).map(TraceDocuments::name));
            case "cname-chain-too-long" -> new DnsOutcome.CnameChainTooLong(Integer.parseInt(values.get(0)));
            case "error" -> new DnsOutcome.Failed(values.get(0));
            default -> throw new IllegalStateException("unknown DNS outcome in a stored trace: " + doc.code());
        };
    }
}

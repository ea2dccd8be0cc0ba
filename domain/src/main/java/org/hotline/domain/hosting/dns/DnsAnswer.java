package org.hotline.domain.hosting.dns;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * What DNS answered when asked for one kind of address record of a name: the CNAME chain followed from the name,
 * the address records at its end, how the question ended, and which resolver gave the answer (none when none did).
 */
public record DnsAnswer(RecordType type, Option<String> resolver, Seq<CnameRecord> cnames, Seq<AddressRecord> records,
        DnsOutcome outcome) {

    public DnsAnswer {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(cnames, "cnames");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(outcome, "outcome");
        if (records.exists(record -> record.type() != type)) {
            throw new IllegalArgumentException("an answer to " + type + " holds " + type + " records only");
        }
        if (records.nonEmpty() != outcome instanceof DnsOutcome.Complete) {
            throw new IllegalArgumentException("an answer is complete exactly when it holds records");
        }
    }

    /** An answer with its records. */
    public static DnsAnswer complete(RecordType type, String resolver, Seq<CnameRecord> cnames, Seq<AddressRecord> records) {
        return new DnsAnswer(type, Option.some(resolver), cnames, records, new DnsOutcome.Complete());
    }

    /** An answer without records: how the question ended, and the CNAME links followed until then. */
    public static DnsAnswer without(RecordType type, Option<String> resolver, Seq<CnameRecord> cnames, DnsOutcome outcome) {
        return new DnsAnswer(type, resolver, cnames, io.vavr.collection.List.empty(), outcome);
    }
}

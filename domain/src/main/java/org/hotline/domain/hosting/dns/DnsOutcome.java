package org.hotline.domain.hosting.dns;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.hosting.address.DomainName;

/**
 * How one DNS question ended. Every failure is an outcome, recorded as evidence like an answer: a trace never
 * stops on a failing name.
 */
public sealed interface DnsOutcome {

    /** A stable key for the outcome, for storage and for pages to translate. */
    String code();

    /** What happened, in words for the analyst. */
    String describe();

    /** True when the question was answered: with records, or with the news that there are none. */
    default boolean answered() {
        return this instanceof Complete || this instanceof NoRecords;
    }

    /** Answered with the records asked for. */
    record Complete() implements DnsOutcome {
        @Override
        public String code() {
            return "complete";
        }

        @Override
        public String describe() {
            return "answered";
        }
    }

    /** The name exists but has no record of the kind asked for (NOERROR without data). */
    record NoRecords() implements DnsOutcome {
        @Override
        public String code() {
            return "no-records";
        }

        @Override
        public String describe() {
            return "the name has no record of this kind";
        }
    }

    /** The name does not exist (NXDOMAIN); {@code name} is the one that does not, the end of any CNAME chain. */
    record NameNotFound(DomainName name) implements DnsOutcome {
        public NameNotFound {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String code() {
            return "nxdomain";
        }

        @Override
        public String describe() {
            return "no such name: " + name + " (NXDOMAIN)";
        }
    }

    /** The resolver failed to answer (SERVFAIL), with the reason it gave (an extended DNS error), if any. */
    record ServerFailure(Option<String> reason) implements DnsOutcome {
        public ServerFailure {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String code() {
            return "servfail";
        }

        @Override
        public String describe() {
            return "the resolver failed (SERVFAIL)" + reason.map(r -> ": " + r).getOrElse("");
        }
    }

    /** The resolver refused to answer (REFUSED). */
    record Refused() implements DnsOutcome {
        @Override
        public String code() {
            return "refused";
        }

        @Override
        public String describe() {
            return "the resolver refused to answer (REFUSED)";
        }
    }

    /** No resolver answered in time. */
    record TimedOut() implements DnsOutcome {
        @Override
        public String code() {
            return "timeout";
        }

        @Override
        public String describe() {
            return "no answer in time";
        }
    }

    /**
     * The servers the name is delegated to do not answer for it: the resolver found no authority that would answer,
     * or a server answered with a referral instead of an answer.
     */
    record LameDelegation(String detail) implements DnsOutcome {
        public LameDelegation {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String code() {
            return "lame-delegation";
        }

        @Override
        public String describe() {
            return "lame delegation: " + detail;
        }
    }

    /** The CNAME chain comes back to a name it passed: {@code names} from the first repeated one round the loop. */
    record CnameLoop(Seq<DomainName> names) implements DnsOutcome {
        public CnameLoop {
            Objects.requireNonNull(names, "names");
            if (names.isEmpty()) {
                throw new IllegalArgumentException("a loop has names");
            }
        }

        @Override
        public String code() {
            return "cname-loop";
        }

        @Override
        public String describe() {
            return "the CNAME chain loops: " + names.mkString(" -> ") + " -> " + names.head();
        }
    }

    /** The CNAME chain is longer than a trace follows. */
    record CnameChainTooLong(int followed) implements DnsOutcome {
        @Override
        public String code() {
            return "cname-chain-too-long";
        }

        @Override
        public String describe() {
            return "the CNAME chain goes on past " + followed + " links";
        }
    }

    /** Anything else: an answer that could not be read, an unexpected response code, no network. */
    record Failed(String reason) implements DnsOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String code() {
            return "error";
        }

        @Override
        public String describe() {
            return "failed: " + reason;
        }
    }
}

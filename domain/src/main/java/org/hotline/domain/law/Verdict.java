package org.hotline.domain.law;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** What the law of a jurisdiction says of the facts an analyst recorded. */
public sealed interface Verdict {

    /** A short name for storing and showing the kind of verdict. */
    String kind();

    /** The reason in words, for the analyst and the audit trail. */
    String reason();

    /** Illegal under the statutes referenced; graded where the country has a severity scale. */
    record Illegal(List<StatuteReference> references, Option<Severity> severity, String reason) implements Verdict {
        public Illegal {
            Objects.requireNonNull(references, "references");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(reason, "reason");
            if (references.isEmpty()) {
                throw new IllegalArgumentException("an illegal verdict rests on at least one statute");
            }
        }

        public String kind() {
            return "ILLEGAL";
        }
    }

    /** Not illegal under this jurisdiction's law. */
    record NotIllegal(String reason) implements Verdict {
        public NotIllegal {
            Objects.requireNonNull(reason, "reason");
        }

        public String kind() {
            return "NOT_ILLEGAL";
        }
    }

    /** The law as modelled does not settle it: a lawyer decides. */
    record NeedsLegalReview(String reason) implements Verdict {
        public NeedsLegalReview {
            Objects.requireNonNull(reason, "reason");
        }

        public String kind() {
            return "NEEDS_LEGAL_REVIEW";
        }
    }
}

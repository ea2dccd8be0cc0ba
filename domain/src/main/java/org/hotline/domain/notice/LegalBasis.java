package org.hotline.domain.notice;

import java.util.Objects;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The provisions of law a notice rests on, as lawyers cite them (such as {@code Criminal Code art. 417/44}), in the
 * order the notice lists them. The caller takes them from the verdict; the notice only carries them.
 */
@ValueObject
public record LegalBasis(Seq<String> citations) {

    public static final int MAX_CITATIONS = 20;
    public static final int MAX_CITATION_LENGTH = 300;

    public LegalBasis {
        Objects.requireNonNull(citations, "citations");
        if (citations.isEmpty() || citations.size() > MAX_CITATIONS) {
            throw new IllegalArgumentException("a notice cites 1 to " + MAX_CITATIONS + " provisions");
        }
        for (String citation : citations) {
            Objects.requireNonNull(citation, "citation");
            if (citation.isBlank() || citation.length() > MAX_CITATION_LENGTH
                    || citation.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a citation is 1 to " + MAX_CITATION_LENGTH
                        + " characters on one line: " + citation);
            }
        }
    }

    public static LegalBasis of(String... citations) {
        return new LegalBasis(io.vavr.collection.List.of(citations));
    }
}

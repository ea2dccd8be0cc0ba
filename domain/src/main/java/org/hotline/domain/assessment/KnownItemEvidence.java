package org.hotline.domain.assessment;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.knowncontent.KnownItems;
import org.hotline.domain.knowncontent.KnownMatch;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One captured item of a case and the entries of lists of known content it matched, nearest first (none when it is
 * not known): what the system's classification of a case rests on.
 *
 * @param item the item as people know it: its address
 */
@ValueObject
public record KnownItemEvidence(String item, Seq<KnownMatch> matches) {

    public KnownItemEvidence {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(matches, "matches");
    }

    /**
     * The nearest entry classifying the item illegal under the home jurisdiction's law; none when no list of that
     * jurisdiction holds it, or when one of them classifies it otherwise (lists that disagree are for an analyst).
     */
    public Option<KnownMatch> illegalUnder(CountryCode home) {
        return KnownItems.illegalUnder(home, matches);
    }
}

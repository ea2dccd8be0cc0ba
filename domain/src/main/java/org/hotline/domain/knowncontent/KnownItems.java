package org.hotline.domain.knowncontent;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.PdqVariants;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What capture asks of known content: each item of a capture matched against every list, and whether the capture is
 * settled by them, every item known as illegal under the home jurisdiction's classification (so that the case can be
 * classified by the system), or which items are left to assess. The hook for the capture worker: call
 * {@link #match} with the items' fingerprints (and PDQ variants where the picture was decoded).
 */
public final class KnownItems {

    private final KnownContent content;
    private final CountryCode home;

    public KnownItems(KnownContent content, CountryCode home) {
        this.content = Objects.requireNonNull(content, "content");
        this.home = Objects.requireNonNull(home, "home");
    }

    /** One captured item to match: its fingerprints, and the PDQ hashes of its turned and mirrored forms if known. */
    @ValueObject
    public record Item(Fingerprints fingerprints, Option<PdqVariants> variants) {

        public Item {
            Objects.requireNonNull(fingerprints, "fingerprints");
            Objects.requireNonNull(variants, "variants");
        }
    }

    /** An item and the entries it matched, nearest first (none when it is not known). */
    @ValueObject
    public record Matched(Item item, Seq<KnownMatch> matches) {

        /** Whether some list holds the item. */
        public boolean known() {
            return matches.nonEmpty();
        }

        /** The nearest match classified under this jurisdiction's law, if any. */
        public Option<KnownMatch> under(CountryCode jurisdiction) {
            return matches.find(match -> match.jurisdiction().equals(jurisdiction));
        }
    }

    /** The items of one capture, matched. */
    @ValueObject
    public record Capture(CountryCode home, Seq<Matched> items) {

        /**
         * Whether every item is known as illegal under the home jurisdiction's classification: the capture needs no
         * analyst. A capture without items never does.
         */
        public boolean allIllegalAtHome() {
            return items.nonEmpty() && items.forAll(item -> illegalUnder(home, item.matches()).isDefined());
        }

        /** The items an analyst still has to assess: those not known under the home jurisdiction. */
        public Seq<Matched> toAssess() {
            return items.filter(item -> item.under(home).isEmpty());
        }
    }

    /**
     * The nearest of these matches classifying an item illegal under the jurisdiction's law; none when no list of that
     * jurisdiction holds it, or when one of them classifies it otherwise (lists that disagree are for an analyst).
     */
    public static Option<KnownMatch> illegalUnder(CountryCode jurisdiction, Seq<KnownMatch> matches) {
        Seq<KnownMatch> there = matches.filter(match -> match.jurisdiction().equals(jurisdiction));
        return there.forAll(match -> match.classification().isIllegal()) ? there.headOption() : Option.none();
    }

    /** Every item matched against the lists. */
    public Capture match(Seq<Item> items) {
        return new Capture(home, items.map(item -> new Matched(item, item.variants()
                .map(variants -> content.matches(item.fingerprints(), variants))
                .getOrElse(() -> content.matches(item.fingerprints())))));
    }
}

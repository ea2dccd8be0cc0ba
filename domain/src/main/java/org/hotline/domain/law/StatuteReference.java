package org.hotline.domain.law;

import java.time.LocalDate;
import java.util.Objects;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A provision of law a verdict rests on, with the period it is in force.
 *
 * @param citation how lawyers cite it, such as {@code Criminal Code art. 417/43, 1°}
 * @param effectiveFrom the first day it is in force
 * @param effectiveUntil the last day it is in force, if it has been replaced
 * @param verified false where the reference could not be verified against an official source; the note says why
 * @param note what an analyst should know about it
 */
@ValueObject
public record StatuteReference(String citation, LocalDate effectiveFrom, Option<LocalDate> effectiveUntil,
        boolean verified, String note) {

    public StatuteReference {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil");
        Objects.requireNonNull(note, "note");
        if (effectiveUntil.exists(until -> until.isBefore(effectiveFrom))) {
            throw new IllegalArgumentException("a provision cannot end before it starts: " + citation);
        }
    }

    public static StatuteReference inForceSince(String citation, LocalDate from, String note) {
        return new StatuteReference(citation, from, Option.none(), true, note);
    }

    public StatuteReference until(LocalDate lastDay) {
        return new StatuteReference(citation, effectiveFrom, Option.some(lastDay), verified, note);
    }

    public StatuteReference unverified(String why) {
        return new StatuteReference(citation, effectiveFrom, effectiveUntil, false, why);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && effectiveUntil.forAll(until -> !day.isAfter(until));
    }

    @Override
    public String toString() {
        return citation + " (from " + effectiveFrom + effectiveUntil.map(u -> " until " + u).getOrElse("") + ")";
    }
}

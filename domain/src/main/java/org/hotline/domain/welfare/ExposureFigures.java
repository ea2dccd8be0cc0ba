package org.hotline.domain.welfare;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;

/** What an analyst was exposed to in a period: items assessed, time in assessment, previews revealed. */
public record ExposureFigures(int itemsAssessed, Duration timeInAssessment, int reveals) {

    public static final ExposureFigures NONE = new ExposureFigures(0, Duration.ZERO, 0);

    public ExposureFigures {
        Objects.requireNonNull(timeInAssessment, "timeInAssessment");
    }

    /**
     * The figures of one analyst's spells and exposures within a period, as seen at {@code now}: a running spell
     * counts until now, overlapping spells count each moment once.
     */
    public static ExposureFigures of(Seq<Spell> spells, Seq<Exposure> exposures, Interval period, Instant now) {
        Duration time = Interval.covered(spells.flatMap(spell -> spell.counted(now).within(period)));
        Seq<Exposure> inPeriod = exposures.filter(e -> !e.at().isBefore(period.from()) && e.at().isBefore(period.until()));
        return new ExposureFigures(inPeriod.count(e -> e.kind() == Exposure.Kind.ITEM_ASSESSED), time,
                inPeriod.count(e -> e.kind() == Exposure.Kind.PREVIEW_REVEALED));
    }

    public ExposureFigures plus(ExposureFigures other) {
        return new ExposureFigures(itemsAssessed + other.itemsAssessed, timeInAssessment.plus(other.timeInAssessment),
                reveals + other.reveals);
    }
}

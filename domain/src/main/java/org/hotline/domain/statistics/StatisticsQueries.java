package org.hotline.domain.statistics;

import java.time.Instant;
import java.time.ZoneId;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Counts over what the hotline keeps, for the statistics: each from the first moment given up to (not including) the
 * second.
 */
@SecondaryPort
public interface StatisticsQueries {

    /** The reports received and the cases opened, with what those cases were found to be (see {@link Intake}). */
    Intake intake(Instant from, Instant until);

    /** The referrals sent and received by country, those sent and received counted by when they were referred. */
    Seq<CountryReferrals> referrals(Instant from, Instant until);

    /** The takedowns that ended in a removal seen in the period, and how long each took from the case's opening. */
    Removals removals(Instant from, Instant until);

    /** The days of the period (in the zone) on which a report came in or a removal was seen; other days are left out. */
    Seq<Day> days(Period period, ZoneId zone);
}

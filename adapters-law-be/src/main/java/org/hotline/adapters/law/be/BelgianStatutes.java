package org.hotline.adapters.law.be;

import java.time.LocalDate;

import io.vavr.control.Option;
import org.hotline.domain.law.StatuteReference;

/**
 * The Belgian provisions the rules cite, each with the days it is in force as far as the sources show them.
 *
 * <p>The new Criminal Code (Laws of 29 February 2024) is announced to enter into force on 8 April 2026, but the
 * numbers of the articles that take over art. 417/43 to 417/48 could not be verified. The adapter therefore models
 * the new Code as an unverified reference from that day and leaves art. 417/43 without an end date: from 8 April
 * 2026 an illegal verdict cites both, so it always rests on one verified provision, and a lawyer filling in the new
 * number has the old one beside it. When the new numbers are verified, art. 417/43 gets its last day here and the
 * new Code reference its real citation.
 */
final class BelgianStatutes {

    /** Chapter I/1 of Book II, inserted by the Law of 21 March 2022, is in force from this day. */
    static final LocalDate CHAPTER_I1_IN_FORCE = LocalDate.of(2022, 6, 1);

    /** The announced entry into force of the new Criminal Code. */
    static final LocalDate NEW_CODE_ANNOUNCED = LocalDate.of(2026, 4, 8);

    private static final String CHAPTER_I1 = "Book II, Chapter I/1 (images of sexual abuse of minors), inserted by the"
            + " Law of 21 March 2022. Minor: under 18. The new Criminal Code is announced to replace it on 8 April 2026"
            + " under article numbers not yet verified, so no last day is modelled. ";

    static final StatuteReference ART_417_43_1 = StatuteReference.inForceSince("Criminal Code art. 417/43, 1°",
            CHAPTER_I1_IN_FORCE, CHAPTER_I1 + "Limb 1°: a minor in real or simulated explicit sexual conduct, or a"
                    + " minor's sexual organs shown for primarily sexual purposes.");

    static final StatuteReference ART_417_43_2 = StatuteReference.inForceSince("Criminal Code art. 417/43, 2°",
            CHAPTER_I1_IN_FORCE, CHAPTER_I1 + "Limb 2°: the same, of a person who appears to be a minor.");

    static final StatuteReference ART_417_43_3 = StatuteReference.inForceSince("Criminal Code art. 417/43, 3°",
            CHAPTER_I1_IN_FORCE, CHAPTER_I1 + "Limb 3°: realistic images of a non-existent minor in such conduct, or"
                    + " of such a minor's sexual organs for primarily sexual purposes.");

    /**
     * The predecessor, in force until the day before Chapter I/1. It was inserted by the Law of 13 April 1995; the day
     * it came into force is not in the sources, so the reference starts on the Law's date and is marked unverified.
     */
    static final StatuteReference ART_383BIS = new StatuteReference("Criminal Code art. 383bis (former)",
            LocalDate.of(1995, 4, 13), Option.some(CHAPTER_I1_IN_FORCE.minusDays(1)), false,
            "Inserted by the Law of 13 April 1995 and replaced by Chapter I/1 on 1 June 2022. Its first day in force"
                    + " is not in the sources: the Law's date is used, which may be a few days early. Three tiers:"
                    + " distribution and production, possession and access, association.");

    static final StatuteReference NEW_CODE = new StatuteReference(
            "Criminal Code of 29 February 2024, Book II: images of sexual abuse of minors (article number unverified)",
            NEW_CODE_ANNOUNCED, Option.none(), false,
            "The new Criminal Code, with eight penalty levels, is announced to enter into force on 8 April 2026. Both"
                    + " that day and the article numbers replacing art. 417/43 to 417/48 are unverified; art. 417/43"
                    + " is cited beside it until they are.");

    private BelgianStatutes() {
    }

    /** Every provision the rules cite. */
    static io.vavr.collection.List<StatuteReference> all() {
        return io.vavr.collection.List.of(ART_417_43_1, ART_417_43_2, ART_417_43_3, ART_383BIS, NEW_CODE);
    }
}

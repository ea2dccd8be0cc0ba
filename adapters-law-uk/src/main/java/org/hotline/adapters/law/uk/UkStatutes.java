package org.hotline.adapters.law.uk;

import java.time.LocalDate;

import io.vavr.control.Option;
import org.hotline.domain.law.StatuteReference;

/**
 * The UK provisions the rules cite. The project's sources name the provisions but not the days they came into
 * force; the days here are the commencement dates as generally reported, so each reference is marked unverified
 * with a note saying so, until someone checks it against legislation.gov.uk. The Scottish and Northern Irish
 * counterparts are given as notes: this adapter is for the UK as a whole, as the IWF is.
 */
final class UkStatutes {

    private static final String DATE_UNVERIFIED = " Its first day in force is not in the project's sources: the date"
            + " is the commencement as generally reported, to be checked on legislation.gov.uk.";

    static final StatuteReference PCA_1978_S1 = new StatuteReference("Protection of Children Act 1978 s.1",
            LocalDate.of(1978, 8, 20), Option.none(), false, "Taking, making, distributing, showing, possessing with a"
                    + " view to distribution, or advertising indecent photographs or pseudo-photographs of a child"
                    + " (under 18). England and Wales; Northern Ireland: Protection of Children (Northern Ireland)"
                    + " Order 1978 art. 3; Scotland: Civic Government (Scotland) Act 1982 s.52." + DATE_UNVERIFIED);

    static final StatuteReference CJA_1988_S160 = new StatuteReference("Criminal Justice Act 1988 s.160",
            LocalDate.of(1988, 9, 29), Option.none(), false, "Possession of an indecent photograph or"
                    + " pseudo-photograph of a child. Scotland: Civic Government (Scotland) Act 1982 s.52A."
                    + DATE_UNVERIFIED);

    static final StatuteReference PCA_1978_S7_PSEUDO = new StatuteReference(
            "Protection of Children Act 1978 s.7(7)-(8)", LocalDate.of(1995, 2, 3), Option.none(), false,
            "Pseudo-photographs: images made by computer graphics or otherwise that appear to be photographs; where"
                    + " the predominant impression is of a child, the image is treated as showing a child. Inserted by"
                    + " the Criminal Justice and Public Order Act 1994." + DATE_UNVERIFIED);

    static final StatuteReference PCA_1978_S7_4A = new StatuteReference("Protection of Children Act 1978 s.7(4A)",
            LocalDate.of(2008, 7, 8), Option.none(), false, "Photographs include tracings and other images derived"
                    + " from a photograph or pseudo-photograph. Inserted by the Criminal Justice and Immigration Act"
                    + " 2008." + DATE_UNVERIFIED);

    static final StatuteReference CJA_2009_S62 = new StatuteReference("Coroners and Justice Act 2009 s.62",
            LocalDate.of(2010, 4, 6), Option.none(), false, "Prohibited images of children: non-photographic images"
                    + " that are pornographic, focus on a child's genital or anal region or portray an act listed in"
                    + " s.62(7), and are grossly offensive, disgusting or otherwise obscene. Not graded. England, Wales"
                    + " and Northern Ireland; not Scotland." + DATE_UNVERIFIED);

    /** Royal Assent of the Crime and Policing Act 2026, which inserted s.46A: it cannot commence before this. */
    static final LocalDate S46A_ROYAL_ASSENT = LocalDate.of(2026, 4, 29);

    /** From this day a verdict carries a Sentencing Council category; the earlier scale is not modelled. */
    static final LocalDate SENTENCING_CATEGORIES_FROM = LocalDate.of(2014, 4, 1);

    /**
     * The rules model the law as it stands since the last of the amendments they read into the PCA 1978 (derived
     * images, s.7(4A)); by then a child was under 18 and pseudo-photographs were covered. Earlier days go to a lawyer.
     */
    static final LocalDate MODELLED_FROM = PCA_1978_S7_4A.effectiveFrom();

    private UkStatutes() {
    }

    /** Every provision the rules cite: s.46A only once its commencement is configured. */
    static io.vavr.collection.List<StatuteReference> all(Option<LocalDate> s46aCommencement) {
        return io.vavr.collection.List.of(PCA_1978_S1, CJA_1988_S160, PCA_1978_S7_PSEUDO, PCA_1978_S7_4A, CJA_2009_S62)
                .appendAll(s46aCommencement.map(UkStatutes::soa2003S46A));
    }

    /** SOA 2003 s.46A, in force from the commencement day the operator configured. */
    static StatuteReference soa2003S46A(LocalDate commencement) {
        return new StatuteReference("Sexual Offences Act 2003 s.46A", commencement, Option.none(), false,
                "Making, possessing or supplying a child sexual abuse image-generator; inserted by the Crime and"
                        + " Policing Act 2026. Its commencement is unverified: the day here is the one configured in "
                        + UnitedKingdom.S46A_COMMENCEMENT_VARIABLE + ".");
    }
}

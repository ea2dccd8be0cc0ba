package org.hotline.domain.assessment;

import java.time.LocalDate;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.hotline.domain.FieldError;

/**
 * A correction of the day whose law applies to a case: by default the day the material was first reported, which a
 * member of staff may correct, with the reason, when they know it was seen on another day (a partner's referral
 * names the day it was seen, or the address now shows other material).
 *
 * @param day the day the material was seen
 * @param reason why, in at most {@link #MOST_CHARACTERS} characters
 */
public record LawDateCorrection(LocalDate day, String reason) {

    public static final int MOST_CHARACTERS = 500;
    /** The form fields a correction is read from, as errors name them. */
    public static final String DAY_FIELD = "lawDate";
    public static final String REASON_FIELD = "lawDateReason";

    public LawDateCorrection {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * A correction as a form sends it: none when the day is left blank; the day, with whatever reason was given, when
     * it is a date; the problem when it is not. Whether the reason is good enough is checked when it is used.
     */
    public static io.vavr.control.Either<Seq<FieldError>, io.vavr.control.Option<LawDateCorrection>> fromForm(String day,
            String reason) {
        if (day == null || day.isBlank()) {
            return io.vavr.control.Either.right(io.vavr.control.Option.none());
        }
        try {
            return io.vavr.control.Either.right(io.vavr.control.Option.some(
                    new LawDateCorrection(LocalDate.parse(day.strip()), reason == null ? "" : reason)));
        } catch (java.time.format.DateTimeParseException e) {
            return io.vavr.control.Either.left(List.of(new FieldError(DAY_FIELD, "date",
                    "Write the day the material was seen as YYYY-MM-DD.")));
        }
    }

    /** What is wrong with the correction made on {@code today}: a day still to come, a reason missing or too long. */
    Seq<FieldError> problemsOn(LocalDate today) {
        List<FieldError> problems = List.empty();
        if (day.isAfter(today)) {
            problems = problems.append(new FieldError(DAY_FIELD, "future", "The material cannot have been seen after today."));
        }
        if (reason.isBlank()) {
            problems = problems.append(new FieldError(REASON_FIELD, "required",
                    "Say why the material was seen on another day than it was first reported."));
        } else if (reason.strip().length() > MOST_CHARACTERS) {
            problems = problems.append(new FieldError(REASON_FIELD, "too_long",
                    "Keep the reason to " + MOST_CHARACTERS + " characters."));
        }
        return problems;
    }
}

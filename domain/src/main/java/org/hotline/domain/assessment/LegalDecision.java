package org.hotline.domain.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;

/**
 * A legal adviser's decision on a case the law as modelled left open, as the form sends it: illegal, relying on
 * provisions of the home law (and, where the law adapter does not model the one relied on, one more provision named by
 * the adviser), or not illegal; with the reasoning, and a correction of the day whose law applies where needed.
 *
 * @param outcome {@code ILLEGAL} or {@code NOT_ILLEGAL}
 * @param citations the citations of the home law's provisions relied on
 * @param otherCitation a provision the law adapter does not model, if one is relied on
 * @param otherInForceFrom the first day that provision is in force, as YYYY-MM-DD
 * @param reasoning why, in at most {@link #MOST_CHARACTERS} characters
 * @param lawDate the day the material was seen, where it is corrected; blank otherwise
 * @param lawDateReason why it is corrected
 */
public record LegalDecision(String outcome, java.util.List<String> citations, String otherCitation,
        String otherInForceFrom, String reasoning, String lawDate, String lawDateReason) {

    public static final int MOST_CHARACTERS = 4000;
    public static final int MOST_CITATION_CHARACTERS = 300;
    /** The rule a legal decision is recorded under, in place of a rule of the law adapter. */
    public static final String RULE = "legal decision";

    public static final String OUTCOME = "outcome";
    public static final String CITATIONS = "citations";
    public static final String OTHER_CITATION = "otherCitation";
    public static final String OTHER_IN_FORCE_FROM = "otherInForceFrom";
    public static final String REASONING = "reasoning";

    public LegalDecision {
        citations = citations == null ? java.util.List.of() : java.util.List.copyOf(citations);
        otherCitation = otherCitation == null ? "" : otherCitation.strip();
        otherInForceFrom = otherInForceFrom == null ? "" : otherInForceFrom.strip();
        reasoning = reasoning == null ? "" : reasoning.strip();
        lawDate = lawDate == null ? "" : lawDate.strip();
        lawDateReason = lawDateReason == null ? "" : lawDateReason;
    }

    /** Whether the adviser found the material illegal; none when the form said neither. */
    Option<Boolean> illegal() {
        return switch (Objects.requireNonNullElse(outcome, "")) {
            case "ILLEGAL" -> Option.some(true);
            case "NOT_ILLEGAL" -> Option.some(false);
            default -> Option.none();
        };
    }

    /**
     * The verdict this decision gives under the law of {@code lawDay}, relying on provisions among {@code provisions};
     * or every problem with it: an outcome missing, reasoning missing or too long, a provision unknown or not in force
     * on that day, an illegal finding relying on none, a finding of not illegal relying on some.
     */
    io.vavr.control.Either<Seq<FieldError>, Verdict> verdict(List<StatuteReference> provisions, LocalDate lawDay,
            String adviser) {
        Seq<StatuteReference> chosen = List.ofAll(citations).distinct()
                .flatMap(citation -> provisions.find(p -> p.citation().equals(citation)));
        var other = other(lawDay, adviser);
        Seq<FieldError> problems = outcomeAndReasoningProblems()
                .appendAll(citationProblems(provisions, chosen, lawDay))
                .appendAll(other.fold(errors -> errors, ok -> List.empty()));
        if (!problems.isEmpty()) {
            return io.vavr.control.Either.left(problems);
        }
        return io.vavr.control.Either.right(illegal().get()
                ? new Verdict.Illegal(chosen.toList().appendAll(other.get()), Option.none(), reasoning)
                : new Verdict.NotIllegal(reasoning));
    }

    private Seq<FieldError> outcomeAndReasoningProblems() {
        List<FieldError> problems = List.empty();
        if (illegal().isEmpty()) {
            problems = problems.append(new FieldError(OUTCOME, "required", "Say whether the material is illegal."));
        }
        if (reasoning.isEmpty()) {
            problems = problems.append(new FieldError(REASONING, "required", "Give the reasoning of the decision."));
        } else if (reasoning.length() > MOST_CHARACTERS) {
            problems = problems.append(new FieldError(REASONING, "too_long",
                    "Keep the reasoning to " + MOST_CHARACTERS + " characters."));
        }
        return problems;
    }

    /** Provisions unknown or not in force on the day; an illegal finding citing none; one of not illegal citing some. */
    private Seq<FieldError> citationProblems(List<StatuteReference> provisions, Seq<StatuteReference> chosen, LocalDate lawDay) {
        Seq<FieldError> problems = List.ofAll(citations)
                .filter(citation -> provisions.forAll(p -> !p.citation().equals(citation)))
                .map(unknown -> new FieldError(CITATIONS, "unknown", "The home law has no provision '" + unknown + "'."))
                .appendAll(chosen.filter(p -> !p.inForceOn(lawDay)).map(notInForce -> new FieldError(CITATIONS,
                        "not_in_force", notInForce.citation() + " is not in force on " + lawDay + ", the day whose law applies.")));
        boolean nothingCited = citations.isEmpty() && otherCitation.isEmpty() && otherInForceFrom.isEmpty();
        if (illegal().contains(true) && nothingCited) {
            problems = problems.append(new FieldError(CITATIONS, "required", "An illegal finding relies on at least one"
                    + " provision in force on " + lawDay + "."));
        }
        if (illegal().contains(false) && !nothingCited) {
            problems = problems.append(new FieldError(CITATIONS, "not_relied_on",
                    "A finding of not illegal relies on no provision; leave them unchosen."));
        }
        return problems;
    }

    /** The provision the adviser names beyond the modelled ones, if any, with its problems. */
    private io.vavr.control.Either<Seq<FieldError>, Option<StatuteReference>> other(LocalDate lawDay, String adviser) {
        if (otherCitation.isEmpty() && otherInForceFrom.isEmpty()) {
            return io.vavr.control.Either.right(Option.none());
        }
        List<FieldError> problems = List.empty();
        if (otherCitation.isEmpty() || otherCitation.length() > MOST_CITATION_CHARACTERS) {
            problems = problems.append(new FieldError(OTHER_CITATION, otherCitation.isEmpty() ? "required" : "too_long",
                    "Cite the provision in at most " + MOST_CITATION_CHARACTERS + " characters."));
        }
        Option<LocalDate> from = Option.none();
        try {
            from = Option.some(LocalDate.parse(otherInForceFrom));
        } catch (DateTimeParseException e) {
            problems = problems.append(new FieldError(OTHER_IN_FORCE_FROM, "date",
                    "Give the first day the provision is in force, as YYYY-MM-DD."));
        }
        if (from.exists(day -> day.isAfter(lawDay))) {
            problems = problems.append(new FieldError(OTHER_IN_FORCE_FROM, "not_in_force",
                    "The provision must be in force on " + lawDay + ", the day whose law applies."));
        }
        if (!problems.isEmpty()) {
            return io.vavr.control.Either.left(problems);
        }
        return io.vavr.control.Either.right(Option.some(StatuteReference.inForceSince(otherCitation, from.get(),
                "Relied on by the legal adviser " + adviser + "; not modelled by the law adapter.")));
    }
}

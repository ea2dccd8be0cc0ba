package org.hotline.domain.knowncontent;

import java.util.Objects;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How a list's jurisdiction classified an entry: the verdict, the national category where the law grades severity
 * (the UK's A, B or C), and whether the content meets INTERPOL's baseline (illegal in every country).
 */
@ValueObject
public record KnownClassification(KnownVerdict verdict, Option<String> category, boolean baseline) {

    /** Longest national category. */
    public static final int MAX_CATEGORY = 16;

    public KnownClassification {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(category, "category");
        category.map(KnownClassification::categoryProblem).filter(Objects::nonNull).forEach(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (baseline && verdict != KnownVerdict.ILLEGAL) {
            throw new IllegalArgumentException("content meeting INTERPOL's baseline is illegal");
        }
    }

    /** Illegal, without a category, not marked as baseline. */
    public static KnownClassification plainlyIllegal() {
        return new KnownClassification(KnownVerdict.ILLEGAL, Option.none(), false);
    }

    /** The national category in this text (an empty text is none), or why it is not one. */
    public static Either<String, Option<String>> category(String text) {
        if (text == null || text.isBlank()) {
            return Either.right(Option.none());
        }
        String category = text.strip();
        String problem = categoryProblem(category);
        return problem == null ? Either.right(Option.some(category)) : Either.left(problem);
    }

    private static String categoryProblem(String category) {
        if (category.isEmpty() || category.length() > MAX_CATEGORY || !category.matches("[A-Za-z0-9][A-Za-z0-9 ._-]*")) {
            return "a national category is 1 to " + MAX_CATEGORY + " letters, digits, spaces, '.', '-' or '_', not '"
                    + category + "'";
        }
        return null;
    }

    /** Whether the content is illegal under the list's jurisdiction. */
    public boolean isIllegal() {
        return verdict == KnownVerdict.ILLEGAL;
    }

    @Override
    public String toString() {
        return verdict.written() + category.map(c -> ", category " + c).getOrElse("") + (baseline ? ", baseline" : "");
    }
}

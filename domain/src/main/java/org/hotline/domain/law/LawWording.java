package org.hotline.domain.law;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The words of a national law in one language: its questions, their help and answers, the reasons of its verdicts and
 * the titles and notes of its statutes. A law adapter writes its texts once, in its first language, in its code; its
 * own bundles give them in other languages by key. A text a bundle lacks falls back to the adapter's own, never to its
 * key.
 *
 * <p>The keys: {@code question.<id>}, {@code question.<id>.help}, {@code answer.<question id>.<answer id>},
 * {@code rule.<rule name>} for a verdict's reason, and {@code statute.<slug>} and {@code statute.<slug>.note} for a
 * provision, where the slug is its citation in small letters and digits joined by dashes ({@link #slugOf}). A verdict
 * of a legal adviser keeps the adviser's own reasoning: no bundle holds a key for its rule.
 */
public class LawWording {

    private final Locale language;
    private final Function<String, Option<String>> texts;

    /**
     * @param language the language the texts are in
     * @param texts the adapter's text for a key in this language, if its bundles have one
     */
    public LawWording(Locale language, Function<String, Option<String>> texts) {
        this.language = Objects.requireNonNull(language, "language");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** The texts as the adapter wrote them, in whatever language is asked for. */
    public static LawWording asWritten(Locale language) {
        return new LawWording(language, key -> Option.none());
    }

    public Locale language() {
        return language;
    }

    /** The adapter's text for this key in this language, if its bundles have one. */
    public Option<String> text(String key) {
        return texts.apply(key).filter(text -> !text.isBlank());
    }

    public String question(Question question) {
        return text("question." + question.id()).getOrElse(question.label());
    }

    public String help(Question question) {
        return text("question." + question.id() + ".help").getOrElse(question.help());
    }

    public String answer(Question question, Answer answer) {
        return text("answer." + question.id() + "." + answer.id()).getOrElse(answer.label());
    }

    /** The reason of the verdict, by the rule that gave it; a reason no bundle words (an adviser's) as recorded. */
    public String reason(Classification classification) {
        return text("rule." + classification.rule()).getOrElse(classification.verdict().reason());
    }

    public String citation(StatuteReference statute) {
        return text("statute." + slugOf(statute)).getOrElse(statute.citation());
    }

    public String note(StatuteReference statute) {
        return text("statute." + slugOf(statute) + ".note").getOrElse(statute.note());
    }

    /** A provision's key: its citation in small letters and digits, joined by dashes ("criminal-code-art-417-43-1"). */
    public static String slugOf(StatuteReference statute) {
        return statute.citation().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * Every key a law's bundles may word for its questionnaire and provisions, in order; the keys of its rules come
     * from its rule book, which only the adapter knows.
     */
    public static List<String> keysOf(Questionnaire questionnaire, List<StatuteReference> provisions) {
        List<String> questions = questionnaire.questions().flatMap(question -> List.of("question." + question.id(),
                "question." + question.id() + ".help").appendAll(question.answers()
                        .map(answer -> "answer." + question.id() + "." + answer.id())));
        return questions.appendAll(provisions.flatMap(statute -> List.of("statute." + slugOf(statute),
                "statute." + slugOf(statute) + ".note")));
    }
}

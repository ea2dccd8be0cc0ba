package org.hotline.domain;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Why something a person asked for was refused, with nothing changed: the {@code reason}, one of the closed set of
 * refusals of the port that refused (an enum, so that whoever answers the person switches over every reason and the
 * compiler sees each one); {@code detail}, the English explanation; {@code fields}, the input that was wrong, where
 * the refusal is about input.
 *
 * <p>A port's refusals are an enum rather than a sealed interface of records because Java 17 checks a switch over
 * an enum for exhaustiveness, and not yet a switch over a sealed type.
 *
 * @param <R> the refusals of the port
 */
public record Rejection<R extends Enum<R> & Rejection.Reason>(R reason, String detail, Seq<FieldError> fields) {

    /** One refusal of a port's closed set. */
    public interface Reason {

        /** A stable key that a user interface can translate, such as {@code claim.taken}. */
        String code();
    }

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fields, "fields");
    }

    public static <R extends Enum<R> & Reason> Rejection<R> of(R reason, String detail) {
        return new Rejection<>(reason, detail, List.empty());
    }

    public static <R extends Enum<R> & Reason> Rejection<R> ofFields(R reason, String detail, Seq<FieldError> fields) {
        return new Rejection<>(reason, detail, fields);
    }

    /** The stable key of the reason, for translations. */
    public String code() {
        return reason.code();
    }

    /** The same refusal, as one of another port's reasons: a use case passes on what a part of it refused. */
    public <S extends Enum<S> & Reason> Rejection<S> as(S other) {
        return new Rejection<>(other, detail, fields);
    }
}

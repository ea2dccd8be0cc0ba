package org.hotline.adapters.capture.fetch;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.capture.Answer;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.FetchedContent;
import org.hotline.domain.capture.Hop;

/**
 * How a fetch went: the redirects followed, the final answer if one was read, and the content (held in memory only)
 * or why there is none. An answer with a status other than 2xx is kept beside its {@code Unsuccessful} failure.
 */
public record Fetch(Seq<Hop> redirects, Option<Answer> answer, Either<CaptureFailure, FetchedContent> content) {

    public Fetch {
        Objects.requireNonNull(redirects, "redirects");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(content, "content");
    }

    static Fetch failed(Seq<Hop> redirects, CaptureFailure failure) {
        return new Fetch(redirects, Option.none(), Either.left(failure));
    }
}

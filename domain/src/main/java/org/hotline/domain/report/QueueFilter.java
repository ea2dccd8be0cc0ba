package org.hotline.domain.report;

import java.util.Locale;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;

/**
 * How an analyst narrows a list of waiting cases: the stage, and any of a priority, how long the cases have waited,
 * and the host their address is on (that host and every host under it: {@code example.org} takes in
 * {@code cdn.example.org}).
 *
 * @param host a host name in lower case and punycode, as canonical addresses hold it
 */
public record QueueFilter(Stage stage, Option<Priority> priority, Waiting waiting, Option<String> host) {

    public QueueFilter {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(host, "host");
    }

    /** Every case waiting at the stage. */
    public static QueueFilter all(Stage stage) {
        return new QueueFilter(stage, Option.none(), Waiting.ANY, Option.none());
    }

    /**
     * Reads the filter as a page sends it: names of a priority and of a {@link Waiting}, and a host (or an address on
     * it) as typed; an empty field narrows nothing. Errors name the field.
     */
    public static Either<Seq<FieldError>, QueueFilter> read(Stage stage, String priority, String waiting, String host) {
        List<FieldError> errors = List.empty();
        Option<Priority> chosenPriority = Option.none();
        if (present(priority)) {
            chosenPriority = List.of(Priority.values()).find(p -> p.name().equals(priority.strip().toUpperCase(Locale.ROOT)));
            if (chosenPriority.isEmpty()) {
                errors = errors.append(new FieldError("priority", "queue.priority_unknown", "Choose a priority from the list."));
            }
        }
        Waiting chosenWaiting = Waiting.ANY;
        if (present(waiting)) {
            Option<Waiting> found = List.of(Waiting.values()).find(w -> w.name().equals(waiting.strip().toUpperCase(Locale.ROOT)));
            errors = found.isEmpty() ? errors.append(new FieldError("waiting", "queue.waiting_unknown",
                    "Choose how long the cases have waited from the list.")) : errors;
            chosenWaiting = found.getOrElse(Waiting.ANY);
        }
        Either<FieldError, Option<String>> chosenHost = host(host);
        if (chosenHost.isLeft()) {
            errors = errors.append(chosenHost.getLeft());
        }
        return errors.isEmpty()
                ? Either.right(new QueueFilter(stage, chosenPriority, chosenWaiting, chosenHost.get()))
                : Either.left(errors);
    }

    /** Whether the filter narrows the list at all. */
    public boolean narrows() {
        return priority.isDefined() || waiting != Waiting.ANY || host.isDefined();
    }

    /** Whether a case on this host is on the filter's host or a host under it. */
    public static boolean onHost(String caseHost, String host) {
        return caseHost.equals(host) || caseHost.endsWith("." + host);
    }

    private static Either<FieldError, Option<String>> host(String typed) {
        if (!present(typed)) {
            return Either.right(Option.none());
        }
        String text = typed.strip();
        text = text.startsWith("*.") ? text.substring(2) : text;
        return ReportedUrl.parse(text)
                .map(url -> Option.some(url.host()))
                .mapLeft(error -> new FieldError("host", "queue.host_invalid",
                        "This is not a host name such as example.org, nor an address on one."));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}

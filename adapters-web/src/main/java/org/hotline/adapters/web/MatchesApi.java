package org.hotline.adapters.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.knowncontent.MatchKnownHashes;
import org.hotline.domain.partner.Partner;

/**
 * {@code POST /api/v1/matches}: a partner with a key asks which of up to 1,000 hashes are known. The answer names,
 * for each known hash, how each match was classified and under whose law, and how far a PDQ match is; never the
 * lists' names, their other entries, or the stored hashes.
 */
final class MatchesApi {

    static final String MATCHES = "/api/v1/matches";

    private final MatchKnownHashes matches;
    private final ObjectMapper json;
    private final IntakeGuard guard;

    MatchesApi(MatchKnownHashes matches, ObjectMapper json, IntakeGuard guard) {
        this.matches = Objects.requireNonNull(matches, "matches");
        this.json = Objects.requireNonNull(json, "json");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** The body: the hashes asked about. */
    record Question(List<Hash> hashes) {
    }

    /** A hash: md5, sha1, sha256 or pdq, and its hexadecimal digits. */
    record Hash(String algorithm, String value) {
    }

    /** The answer: how many were asked, and the known ones with their matches. */
    record Answer(int asked, List<Known> known) {
    }

    record Known(String algorithm, String value, List<Match> matches) {
    }

    record Match(String verdict, String category, boolean baseline, String jurisdiction, int distance) {
    }

    void ask(Context ctx) {
        Requests.requireJsonBody(ctx);
        Option<Partner> partner = guard.partner(ctx);
        if (partner.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"hotline partners\"");
            throw new HttpResponseException(HttpStatus.UNAUTHORIZED, "Only partners with a key may ask about hashes: "
                    + "send it as Authorization: Bearer hlk_...", java.util.Map.of());
        }
        Either<List<Problem.Error>, Seq<KnownHash>> hashes = read(ctx);
        if (hashes.isLeft()) {
            Problem.invalid(hashes.getLeft(), ctx).answer(ctx);
            return;
        }
        matches.lookUp(partner.get().id(), hashes.get()).fold(
                tooMany -> {
                    Problem.invalid(List.of(new Problem.Error("hashes", "size", tooMany)), ctx).answer(ctx);
                    return null;
                },
                found -> {
                    List<Known> known = found.map((hash, entries) -> new io.vavr.Tuple2<>(hash, known(hash, entries)))
                            .values().toJavaList();
                    ctx.json(new Answer(hashes.get().size(), known));
                    return null;
                });
    }

    private static Known known(KnownHash hash, Seq<KnownMatch> entries) {
        return new Known(hash.algorithm().written(), hash.hex(), entries.map(match -> new Match(
                match.classification().verdict().written(), match.classification().category().getOrNull(),
                match.classification().baseline(), match.jurisdiction().value(), match.distance())).toJavaList());
    }

    private Either<List<Problem.Error>, Seq<KnownHash>> read(Context ctx) {
        Question question;
        try {
            question = json.readValue(ctx.bodyAsBytes(), Question.class);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            return Either.left(List.of(new Problem.Error("", "malformed_json", "The body is a JSON object "
                    + "{\"hashes\": [{\"algorithm\": \"md5\", \"value\": \"...\"}, ...]}"
                    + (at == null ? "." : "; it goes wrong at line " + at.getLineNr() + ", column " + at.getColumnNr() + "."))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (question == null || question.hashes() == null) {
            return Either.left(List.of(new Problem.Error("hashes", "required", "List the hashes to ask about.")));
        }
        return hashes(question.hashes());
    }

    private static Either<List<Problem.Error>, Seq<KnownHash>> hashes(List<Hash> asked) {
        List<Problem.Error> errors = new ArrayList<>();
        List<KnownHash> hashes = new ArrayList<>();
        for (int i = 0; i < asked.size() && errors.size() < 20; i++) {
            Hash hash = asked.get(i);
            String field = "hashes[" + i + "]";
            Either<String, KnownHash> parsed = hash == null ? Either.left("a hash is an object with algorithm and value")
                    : HashAlgorithm.parse(hash.algorithm()).flatMap(algorithm -> KnownHash.parse(algorithm, hash.value()));
            parsed.peekLeft(reason -> errors.add(new Problem.Error(field, "invalid", reason))).forEach(hashes::add);
        }
        return errors.isEmpty() ? Either.right(io.vavr.collection.List.ofAll(hashes)) : Either.left(errors);
    }
}

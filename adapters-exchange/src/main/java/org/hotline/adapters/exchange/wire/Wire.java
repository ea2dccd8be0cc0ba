package org.hotline.adapters.exchange.wire;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.exchange.Checked;
import org.hotline.domain.exchange.ExchangeMessage;
import org.hotline.domain.exchange.ItemFingerprint;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.exchange.ReferralId;
import org.hotline.domain.exchange.Reconciliation;
import org.hotline.domain.exchange.ReferralStatus;
import org.hotline.domain.exchange.SenderVerdict;
import org.hotline.domain.exchange.StatusReport;

/**
 * The exchange protocol's JSON, version 1 (see docs/exchange.md). Read strictly: unknown fields, a field given twice,
 * or a value of another type are errors, never guessed at. Times are ISO-8601 instants in UTC.
 */
public final class Wire {

    public static final String BASE = "/exchange/v1";
    public static final String MESSAGES = BASE + "/messages";
    public static final String INBOX = BASE + "/inbox";
    public static final String ACKNOWLEDGEMENTS = BASE + "/inbox/acknowledgements";
    public static final String MEMBERS = BASE + "/members";
    public static final String RECONCILIATION = BASE + "/reconciliation";
    public static final String OPENAPI = BASE + "/openapi.json";
    /** The most messages one request carries, and one fetch returns. */
    public static final int MAX_BATCH = 1000;

    private Wire() {
    }

    public static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Boolean, CoercionInputShape.Integer,
                CoercionInputShape.Float}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    /** A fingerprint: SHA-256 and, for a picture, PDQ, each 64 lower-case hexadecimal digits. */
    public record ItemDoc(String sha256, String pdq) {
    }

    /**
     * One message. A referral ({@code kind} REFERRAL) has {@code id} (its referral's identifier), {@code from},
     * {@code to}, {@code address}, {@code trace}, {@code verdict}, {@code category}, {@code baseline}, {@code ruleBook},
     * {@code items} and {@code at}; a status ({@code kind} STATUS) has {@code id}, {@code referral}, {@code status},
     * {@code at}, {@code note} and, when moved, {@code movedTo}.
     */
    public record MessageDoc(String kind, UUID id, UUID referral, String from, String to, String address, String trace,
            String verdict, String category, Boolean baseline, String ruleBook, List<ItemDoc> items, String at,
            String status, String note, String movedTo) {
    }

    public record Batch(List<MessageDoc> messages) {
    }

    /** What the hub made of one message: {@code accepted}, {@code repeated} or {@code refused} (with code and detail). */
    public record OutcomeDoc(UUID id, String outcome, String code, String detail) {
    }

    public record Outcomes(List<OutcomeDoc> outcomes) {
    }

    public record Acknowledgements(List<UUID> ids) {
    }

    public record Acknowledged(int acknowledged) {
    }

    /** A member's account of its traffic from {@code since} to {@code until} (instants), for the daily reconciliation. */
    public record Account(String since, String until, List<UUID> sent, List<UUID> received) {
    }

    /** The hub's answer to an account: what it never took, and what it delivers again. */
    public record Reconciled(List<UUID> unknown, List<UUID> deliveredAgain) {
    }

    /** The reconciliation an account describes, or what is wrong with it (naming the field). */
    public static Either<String, Reconciliation> reconciliation(Account account) {
        if (account.sent() == null || account.received() == null) {
            return Either.left(account.sent() == null ? "sent: required (an empty list when none)"
                    : "received: required (an empty list when none)");
        }
        if (account.sent().stream().anyMatch(java.util.Objects::isNull)
                || account.received().stream().anyMatch(java.util.Objects::isNull)) {
            return Either.left("sent, received: no empty identifiers");
        }
        if (account.sent().size() > Reconciliation.MAX_IDS || account.received().size() > Reconciliation.MAX_IDS) {
            return Either.left("sent, received: at most " + Reconciliation.MAX_IDS + " identifiers each");
        }
        return instant(account.since()).mapLeft(problem -> problem.replace("at:", "since:"))
                .flatMap(since -> instant(account.until()).mapLeft(problem -> problem.replace("at:", "until:"))
                        .flatMap(until -> Checked.of(() -> new Reconciliation(since, until,
                                io.vavr.collection.List.ofAll(account.sent()),
                                io.vavr.collection.List.ofAll(account.received())))));
    }

    public record NewMember(String name, List<String> countries) {
    }

    /** A member as the administrator sees it; {@code token} only in the answer that issues one. */
    public record MemberDoc(UUID id, String name, List<String> countries, String since, String withdrawn, Long sent,
            Long waiting, Long delivered, String token) {
    }

    public record Members(List<MemberDoc> members) {
    }

    /** A refusal: a stable code and what was wrong, in words. */
    public record Problem(String code, String detail) {
    }

    public static MessageDoc document(ExchangeMessage message) {
        if (message instanceof Referral referral) {
            SenderVerdict verdict = referral.verdict();
            return new MessageDoc("REFERRAL", referral.messageId(), null, referral.from().value(), referral.to().value(),
                    referral.address(), referral.hostingTrace(), verdict.kind(), verdict.nationalCategory(),
                    verdict.baseline(), verdict.ruleBook(),
                    referral.items().map(item -> new ItemDoc(item.sha256(), item.pdq().getOrNull())).toJavaList(),
                    referral.at().toString(), null, null, null);
        }
        StatusReport status = (StatusReport) message;
        return new MessageDoc("STATUS", status.messageId(), status.referral().value(), null, null, null, null, null, null,
                null, null, null, status.at().toString(), status.status().code(), status.note(),
                status.movedTo().map(CountryCode::value).getOrNull());
    }

    /** The message a document describes, or what is wrong with it (naming the field). */
    public static Either<String, ExchangeMessage> message(MessageDoc doc) {
        if (doc == null || doc.id() == null) {
            return Either.left("id: required");
        }
        if ("REFERRAL".equals(doc.kind())) {
            return referral(doc);
        }
        if ("STATUS".equals(doc.kind())) {
            return status(doc);
        }
        return Either.left("kind: REFERRAL or STATUS");
    }

    private static Either<String, ExchangeMessage> referral(MessageDoc doc) {
        if (doc.referral() != null || doc.status() != null || doc.note() != null || doc.movedTo() != null) {
            return Either.left("a referral has no referral, status, note or movedTo");
        }
        if (doc.items() == null || doc.baseline() == null) {
            return Either.left(doc.items() == null ? "items: required (an empty list when none)" : "baseline: required");
        }
        if (doc.items().stream().anyMatch(java.util.Objects::isNull)) {
            return Either.left("items: no empty entries");
        }
        return country(doc.from(), "from").flatMap(from -> country(doc.to(), "to").flatMap(to -> instant(doc.at())
                .flatMap(at -> Checked.of(() -> new Referral(new ReferralId(doc.id()), from, to, doc.address(),
                        doc.trace(), new SenderVerdict(doc.verdict(), doc.category(), doc.baseline(), doc.ruleBook()),
                        io.vavr.collection.List.ofAll(doc.items()).map(item -> new ItemFingerprint(item.sha256(),
                                Option.of(item.pdq()))), at)))));
    }

    private static Either<String, ExchangeMessage> status(MessageDoc doc) {
        if (doc.from() != null || doc.to() != null || doc.address() != null || doc.items() != null) {
            return Either.left("a status has no from, to, address or items");
        }
        if (doc.referral() == null) {
            return Either.left("referral: required");
        }
        Option<ReferralStatus> status = ReferralStatus.ofCode(doc.status());
        if (status.isEmpty()) {
            return Either.left("status: one of received, assessed, notice_sent, removed, moved, not_illegal_here, withdrawn");
        }
        Either<String, Option<CountryCode>> movedTo = doc.movedTo() == null ? Either.right(Option.none())
                : country(doc.movedTo(), "movedTo").map(Option::some);
        return movedTo.flatMap(moved -> instant(doc.at()).flatMap(at -> Checked.of(() -> new StatusReport(doc.id(),
                new ReferralId(doc.referral()), status.get(), at, doc.note() == null ? "" : doc.note(), moved))));
    }

    private static Either<String, CountryCode> country(String code, String field) {
        return code != null && code.matches("[A-Z]{2}") ? Either.right(new CountryCode(code))
                : Either.left(field + ": a two-letter country code in capitals");
    }

    private static Either<String, Instant> instant(String text) {
        try {
            return text == null ? Either.left("at: required") : Either.right(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Either.left("at: an ISO-8601 instant such as 2026-03-02T08:00:00Z");
        }
    }
}

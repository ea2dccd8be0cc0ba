package org.hotline.adapters.exchange.hub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.adapters.exchange.wire.Wire;
import org.hotline.domain.Rejection;
import org.hotline.domain.Sha256;
import org.hotline.domain.Unavailable;
import org.hotline.domain.exchange.ExchangeMessage;
import org.hotline.domain.exchange.HubDesk;
import org.hotline.domain.exchange.HubRefusal;
import org.hotline.domain.exchange.Member;
import org.hotline.domain.exchange.Reconciliation;
import org.hotline.domain.exchange.MemberId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's HTTP server: the exchange protocol, version 1, under {@code /exchange/v1}. Members present their token as
 * a bearer token; the administrator presents theirs (configured as a SHA-256 digest) to manage members. Every refusal
 * is a JSON problem with a stable code, and changes nothing.
 */
public final class HubServer {

    private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);
    private static final String MEMBER_ATTRIBUTE = "exchange.member";

    /**
     * @param maxBodyBytes the largest request body taken; larger ones are answered 413 unread
     * @param administratorTokenDigest the SHA-256 of the administrator's token; without one, member management is off
     */
    public record Settings(long maxBodyBytes, Optional<String> administratorTokenDigest) {
        public Settings {
            Objects.requireNonNull(administratorTokenDigest, "administratorTokenDigest");
        }
    }

    private final HubDesk hub;
    private final Settings settings;
    private final ObjectMapper json = Wire.mapper();

    private HubServer(HubDesk hub, Settings settings) {
        this.hub = Objects.requireNonNull(hub, "hub");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The hub's server, not yet started. */
    public static Javalin create(HubDesk hub, Settings settings) {
        HubServer server = new HubServer(hub, settings);
        String openApi = openApi();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.router.ignoreTrailingSlashes = true;
            config.jsonMapper(new io.javalin.json.JavalinJackson(Wire.mapper(), false));
            config.routes.before(server::refuseOversized);
            config.routes.before(Wire.BASE + "/*", server::recognise);
            config.routes.post(Wire.MESSAGES, server::take);
            config.routes.get(Wire.INBOX, server::inbox);
            config.routes.post(Wire.ACKNOWLEDGEMENTS, server::acknowledge);
            config.routes.post(Wire.RECONCILIATION, server::reconcile);
            config.routes.get(Wire.MEMBERS, server::members);
            config.routes.post(Wire.MEMBERS, server::enrol);
            config.routes.post(Wire.MEMBERS + "/{id}/token", server::rotate);
            config.routes.delete(Wire.MEMBERS + "/{id}", server::withdraw);
            config.routes.get(Wire.OPENAPI, ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.get("/health", ctx -> ctx.result("ok"));
            new HubAdminPages(hub, settings.administratorTokenDigest()).routes(config);
            config.routes.exception(Unavailable.class, (e, ctx) -> problem(ctx, HttpStatus.SERVICE_UNAVAILABLE,
                    "exchange.unavailable", "The hub's database is unavailable; try again later."));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.atError().setCause(e).log("exchange request failed");
                problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "exchange.fault", "The hub failed; try again later.");
            });
        });
    }

    private void refuseOversized(Context ctx) {
        if (ctx.contentLength() > settings.maxBodyBytes()) {
            problem(ctx, HttpStatus.CONTENT_TOO_LARGE, "exchange.too_large",
                    "The body is larger than " + settings.maxBodyBytes() + " bytes; send fewer messages at once.");
            ctx.skipRemainingHandlers();
        }
    }

    /** Finds the calling member by its token; the members' routes refuse a caller without one. */
    private void recognise(Context ctx) {
        if (ctx.path().startsWith(Wire.MEMBERS) || ctx.path().equals(Wire.OPENAPI)) {
            return;
        }
        Optional<Member> member = bearer(ctx).flatMap(token -> hub.authenticate(token).toJavaOptional());
        if (member.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"exchange\"");
            problem(ctx, HttpStatus.UNAUTHORIZED, HubRefusal.UNKNOWN_CREDENTIAL.code(),
                    "Present the member's token as a bearer token; this one is unknown, replaced or withdrawn.");
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(MEMBER_ATTRIBUTE, member.get());
    }

    private void take(Context ctx) {
        Member caller = ctx.attribute(MEMBER_ATTRIBUTE);
        Either<String, Seq<ExchangeMessage>> read = body(ctx, Wire.Batch.class).flatMap(HubServer::messages);
        if (read.isLeft()) {
            problem(ctx, HttpStatus.BAD_REQUEST, HubRefusal.MALFORMED.code(), read.getLeft());
            return;
        }
        Seq<HubDesk.Outcome> outcomes = hub.take(caller, read.get());
        boolean anyTaken = outcomes.exists(outcome -> outcome.kind() != HubDesk.Outcome.Kind.REFUSED);
        HttpStatus status = anyTaken || outcomes.isEmpty() ? HttpStatus.OK
                : statusOf(outcomes.head().refusal().get().reason());
        ctx.status(status).json(new Wire.Outcomes(outcomes.map(HubServer::outcome).toJavaList()));
        LOG.atInfo().addKeyValue("member", caller.name()).addKeyValue("messages", outcomes.size())
                .addKeyValue("refused", outcomes.count(outcome -> outcome.kind() == HubDesk.Outcome.Kind.REFUSED))
                .log("exchange messages taken");
    }

    private static Either<String, Seq<ExchangeMessage>> messages(Wire.Batch batch) {
        if (batch.messages() == null || batch.messages().size() > Wire.MAX_BATCH) {
            return Either.left("messages: a list of at most " + Wire.MAX_BATCH);
        }
        List<ExchangeMessage> read = new ArrayList<>();
        for (int i = 0; i < batch.messages().size(); i++) {
            Either<String, ExchangeMessage> one = Wire.message(batch.messages().get(i));
            if (one.isLeft()) {
                return Either.left("messages[" + i + "]: " + one.getLeft());
            }
            read.add(one.get());
        }
        return Either.right(io.vavr.collection.List.ofAll(read));
    }

    private void inbox(Context ctx) {
        Member caller = ctx.attribute(MEMBER_ATTRIBUTE);
        int limit = limit(ctx.queryParam("limit"));
        ctx.json(new Wire.Batch(hub.waiting(caller, limit).map(delivery -> Wire.document(delivery.message())).toJavaList()));
    }

    private void acknowledge(Context ctx) {
        Member caller = ctx.attribute(MEMBER_ATTRIBUTE);
        Either<String, Wire.Acknowledgements> read = body(ctx, Wire.Acknowledgements.class)
                .filterOrElse(ack -> ack.ids() != null && ack.ids().size() <= Wire.MAX_BATCH
                        && ack.ids().stream().allMatch(Objects::nonNull), ack -> "ids: a list of at most " + Wire.MAX_BATCH + " identifiers");
        if (read.isLeft()) {
            problem(ctx, HttpStatus.BAD_REQUEST, HubRefusal.MALFORMED.code(), read.getLeft());
            return;
        }
        ctx.json(new Wire.Acknowledged(hub.acknowledge(caller, io.vavr.collection.List.ofAll(read.get().ids()))));
    }

    private void reconcile(Context ctx) {
        Member caller = ctx.attribute(MEMBER_ATTRIBUTE);
        Either<String, Reconciliation> read = body(ctx, Wire.Account.class).flatMap(Wire::reconciliation);
        if (read.isLeft()) {
            problem(ctx, HttpStatus.BAD_REQUEST, HubRefusal.MALFORMED.code(), read.getLeft());
            return;
        }
        Reconciliation.Answer answer = hub.reconcile(caller, read.get());
        ctx.json(new Wire.Reconciled(answer.unknown().toJavaList(), answer.deliveredAgain().toJavaList()));
    }

    private void members(Context ctx) {
        if (administrator(ctx)) {
            ctx.json(new Wire.Members(hub.members().map(standing -> MemberDocs.of(standing.member(), standing.traffic(), null))
                    .toJavaList()));
        }
    }

    private void enrol(Context ctx) {
        if (!administrator(ctx)) {
            return;
        }
        Either<String, Wire.NewMember> read = body(ctx, Wire.NewMember.class)
                .filterOrElse(member -> member.countries() != null, member -> "countries: required");
        if (read.isLeft()) {
            problem(ctx, HttpStatus.BAD_REQUEST, HubRefusal.MALFORMED.code(), read.getLeft());
            return;
        }
        answer(ctx, HttpStatus.CREATED, hub.enrol(read.get().name(), io.vavr.collection.List.ofAll(read.get().countries()))
                .map(enrolled -> MemberDocs.of(enrolled.member(), null, enrolled.token())));
    }

    private void rotate(Context ctx) {
        if (administrator(ctx)) {
            answer(ctx, HttpStatus.OK, memberId(ctx).flatMap(hub::rotate)
                    .map(enrolled -> MemberDocs.of(enrolled.member(), null, enrolled.token())));
        }
    }

    private void withdraw(Context ctx) {
        if (administrator(ctx)) {
            answer(ctx, HttpStatus.OK, memberId(ctx).flatMap(hub::withdraw).map(member -> MemberDocs.of(member, null, null)));
        }
    }

    private static Either<Rejection<HubRefusal>, MemberId> memberId(Context ctx) {
        return org.hotline.domain.Identifiers.uuid(ctx.pathParam("id")).map(MemberId::new)
                .toEither(() -> Rejection.of(HubRefusal.UNKNOWN_MEMBER, "No member " + ctx.pathParam("id") + "."));
    }

    private static void answer(Context ctx, HttpStatus success, Either<Rejection<HubRefusal>, Wire.MemberDoc> result) {
        result.peek(doc -> ctx.status(success).json(doc))
                .peekLeft(refused -> problem(ctx, statusOf(refused.reason()), refused.code(), refused.detail()));
    }

    /** True for the administrator; otherwise the answer is a refusal. */
    private boolean administrator(Context ctx) {
        if (settings.administratorTokenDigest().isEmpty()) {
            problem(ctx, HttpStatus.FORBIDDEN, "exchange.administration_off",
                    "Member management is off: the hub has no administrator's token (HOTLINE_HUB_ADMIN_TOKEN).");
            return false;
        }
        byte[] expected = settings.administratorTokenDigest().get().getBytes(StandardCharsets.US_ASCII);
        byte[] given = bearer(ctx).map(Sha256::hex).orElse("").getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"exchange administration\"");
            problem(ctx, HttpStatus.UNAUTHORIZED, HubRefusal.UNKNOWN_CREDENTIAL.code(),
                    "Present the hub administrator's token as a bearer token.");
            return false;
        }
        return true;
    }

    private <T> Either<String, T> body(Context ctx, Class<T> type) {
        try {
            T read = json.readValue(ctx.bodyAsBytes(), type);
            return read == null ? Either.left("a JSON object is required") : Either.right(read);
        } catch (JacksonException e) {
            return Either.left("not the protocol's JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            return Either.left("the body could not be read");
        }
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.startsWith("Bearer ") ? Optional.of(header.substring(7).strip()) : Optional.empty();
    }

    private static int limit(String given) {
        try {
            return given == null ? 100 : Math.max(1, Math.min(Wire.MAX_BATCH, Integer.parseInt(given)));
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    private static Wire.OutcomeDoc outcome(HubDesk.Outcome outcome) {
        return new Wire.OutcomeDoc(outcome.messageId(), outcome.kind().name().toLowerCase(java.util.Locale.ROOT),
                outcome.refusal().map(Rejection::code).getOrNull(), outcome.refusal().map(Rejection::detail).getOrNull());
    }

    static HttpStatus statusOf(HubRefusal reason) {
        return switch (reason) {
            case UNKNOWN_CREDENTIAL -> HttpStatus.UNAUTHORIZED;
            case NOT_YOUR_COUNTRY -> HttpStatus.FORBIDDEN;
            case UNKNOWN_REFERRAL, UNKNOWN_MEMBER -> HttpStatus.NOT_FOUND;
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case NO_MEMBER, OWN_COUNTRY, MEMBER_INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    private static void problem(Context ctx, HttpStatus status, String code, String detail) {
        ctx.status(status).contentType("application/json")
                .result("{\"code\":" + quoted(code) + ",\"detail\":" + quoted(detail) + "}");
    }

    private static String quoted(String text) {
        try {
            return Wire.mapper().writeValueAsString(text);
        } catch (JacksonException e) {
            return "\"\"";
        }
    }

    private static String openApi() {
        try (InputStream in = HubServer.class.getResourceAsStream("openapi.json")) {
            return new String(Objects.requireNonNull(in, "the OpenAPI document").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

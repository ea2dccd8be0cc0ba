package org.hotline.adapters.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.partner.Partner;
import org.hotline.domain.report.CaseLink;
import org.hotline.domain.report.IdempotencyKey;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.report.SeenContent;
import org.hotline.domain.report.SubmitReport;
import org.hotline.domain.report.ViewReport;

/** The reporting API: {@code POST /api/v1/reports} and {@code GET /api/v1/reports/{id}}. */
final class ReportApi {

    static final String REPORTS = "/api/v1/reports";

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final SubmitReport submitReport;
    private final ViewReport viewReport;
    private final ObjectMapper json;
    private final IntakeGuard guard;

    ReportApi(SubmitReport submitReport, ViewReport viewReport, ObjectMapper json, IntakeGuard guard) {
        this.submitReport = Objects.requireNonNull(submitReport, "submitReport");
        this.viewReport = Objects.requireNonNull(viewReport, "viewReport");
        this.json = Objects.requireNonNull(json, "json");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** The body of {@code POST /api/v1/reports}. Only {@code urls} is required. */
    record NewReport(List<String> urls, List<String> seen, String description, Contact contact) {
    }

    /** Optional contact details of the reporter. */
    record Contact(String name, String email, String phone) {
    }

    /** A report as the API returns it. Contact details are never returned, only whether some were given. */
    record ReportResource(String id, String reference, Instant receivedAt, String channel, List<Address> urls,
            List<String> seen, String description, boolean contactGiven) {
    }

    /** One address of a report, and the case it went to. */
    record Address(String submitted, String canonical, String caseId, String caseState, boolean duplicate) {
    }

    void create(Context ctx) {
        Requests.requireJsonBody(ctx);
        Option<Partner> partner = guard.admit(ctx);
        byte[] bytes = ctx.bodyAsBytes();
        Either<FieldError, Option<IdempotencyKey>> key = idempotencyKey(ctx, partner, bytes);
        if (key.isLeft()) {
            Problem.invalid(List.of(Problem.Error.of(key.getLeft().at(IDEMPOTENCY_KEY))), ctx).answer(ctx);
            return;
        }
        NewReport body;
        try {
            body = json.readValue(bytes, NewReport.class);
        } catch (JsonProcessingException e) {
            Problem.invalid(List.of(describe(e)), ctx).answer(ctx);
            return;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (body == null) {
            Problem.invalid(List.of(new Problem.Error("", "required", "The body is empty; send a JSON object.")), ctx)
                    .answer(ctx);
            return;
        }
        List<Problem.Error> blank = blankAddresses(body.urls());
        if (!blank.isEmpty()) {
            Problem.invalid(blank, ctx).answer(ctx);
            return;
        }
        Contact contact = body.contact() == null ? new Contact(null, null, null) : body.contact();
        var submission = new ReportSubmission(Channel.API, body.urls(), body.seen(), body.description(),
                contact.name(), contact.email(), contact.phone(), partner.map(Partner::id), key.get());
        submitReport.submit(submission).fold(
                refused -> {
                    switch (refused.reason()) {
                        case INVALID -> Problem.invalid(refused.fields().map(Problem.Error::of).toJavaList(), ctx).answer(ctx);
                        case KEY_REUSED -> new Problem("https://hotline.example.org/problems/idempotency-key-reused",
                                "Idempotency key reused", 422,
                                "This Idempotency-Key was used before for a different request; use a new key for a new report.",
                                ctx.path(), List.of(new Problem.Error(IDEMPOTENCY_KEY, refused.code(), refused.detail())))
                                .answer(ctx);
                    }
                    return null;
                },
                receipt -> {
                    // The receipt holds everything the answer shows: no need to read the report back.
                    var view = new ViewReport.ReportView(receipt.filing());
                    ctx.status(HttpStatus.CREATED).header("Location", REPORTS + "/" + receipt.id());
                    if (receipt.replayed()) {
                        ctx.header("Idempotent-Replayed", "true");
                    }
                    ctx.json(resource(view));
                    return null;
                });
    }

    /**
     * The request's idempotency key, scoped to the partner (or to the anonymous public) and fingerprinted with the
     * body, so that a retry is told from a different request that happens to reuse the key.
     */
    private static Either<FieldError, Option<IdempotencyKey>> idempotencyKey(Context ctx, Option<Partner> partner, byte[] body) {
        String header = ctx.header(IDEMPOTENCY_KEY);
        if (header == null) {
            return Either.right(Option.none());
        }
        String scope = partner.map(p -> p.id().toString()).getOrElse(IdempotencyKey.ANONYMOUS);
        return IdempotencyKey.of(scope, header, org.hotline.domain.Sha256.hex(body)).map(Option::some);
    }

    /** A report filed by a partner is shown to that partner only; to anyone else it does not exist. */
    void read(Context ctx) {
        Option<Partner> partner = guard.partner(ctx);
        var view = ReportId.parse(ctx.pathParam("id")).flatMap(viewReport::byId)
                .filter(found -> found.filing().report().submittedBy().forAll(owner -> partner.exists(p -> p.id().equals(owner))));
        if (view.isEmpty()) {
            Problem.of(404, "No such report", "There is no report with this identifier.", ctx).answer(ctx);
            return;
        }
        ctx.json(resource(view.get()));
    }

    private static ReportResource resource(ViewReport.ReportView view) {
        var report = view.filing().report();
        List<Address> addresses = view.filing().links().map(link -> address(link, view)).toJavaList();
        return new ReportResource(report.id().toString(), report.reference().value(), report.receivedAt(),
                report.channel().name(), addresses, report.seen().map(SeenContent::name).toJavaList(),
                report.description().getOrNull(), report.contact().isDefined());
    }

    private static Address address(CaseLink link, ViewReport.ReportView view) {
        return new Address(link.url().submitted(), link.url().canonical(), link.caseId().toString(),
                view.stateOf(link).name(), link.folded());
    }

    /**
     * An API client lists addresses, not lines of a form: an empty or missing entry is an error where it is, as the
     * API's schema says, rather than skipped.
     */
    private static List<Problem.Error> blankAddresses(List<String> urls) {
        List<Problem.Error> errors = new java.util.ArrayList<>();
        for (int i = 0; urls != null && i < urls.size(); i++) {
            if (urls.get(i) == null || urls.get(i).isBlank()) {
                errors.add(new Problem.Error("urls[" + i + "]", "required", "An address is required here."));
            }
        }
        return errors;
    }

    /** Says where in the body the JSON went wrong, in the same field notation as the domain's errors. */
    private static Problem.Error describe(JsonProcessingException e) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return new Problem.Error(duplicated(e), "duplicate_field",
                    "A field is given twice; give each field once.");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem.Error(path(unknown), "unknown_field",
                    "Unknown field '" + unknown.getPropertyName() + "'; the fields are urls, seen, description and contact.");
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            if (field.isEmpty()) {
                return new Problem.Error("", "malformed_json", "The body must be a JSON object.");
            }
            return new Problem.Error(field, "wrong_type", "This field has the wrong type of value: "
                    + expectation(field) + ".");
        }
        JsonLocation at = e.getLocation();
        return new Problem.Error("", "malformed_json", "The body is not valid JSON"
                + (at == null ? "." : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")."));
    }

    /** The path of the field given twice, from the parser's context at the point it noticed. */
    private static String duplicated(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser)) {
            return "";
        }
        java.util.Deque<com.fasterxml.jackson.core.JsonStreamContext> chain = new java.util.ArrayDeque<>();
        for (var context = parser.getParsingContext(); context != null && !context.inRoot(); context = context.getParent()) {
            chain.addFirst(context);
        }
        StringBuilder out = new StringBuilder();
        for (var context : chain) {
            if (context.inArray()) {
                out.append('[').append(Math.max(0, context.getCurrentIndex())).append(']');
            } else {
                out.append(out.length() > 0 ? "." : "").append(context.getCurrentName());
            }
        }
        return out.toString();
    }

    private static String expectation(String field) {
        if (field.equals("urls") || field.equals("seen")) {
            return "expected a list of strings";
        }
        if (field.equals("contact")) {
            return "expected an object with name, email and phone";
        }
        return "expected a string";
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}

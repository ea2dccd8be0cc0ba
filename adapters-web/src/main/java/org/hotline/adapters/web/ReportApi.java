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
import org.hotline.domain.report.CaseLink;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.report.SeenContent;
import org.hotline.domain.report.SubmitReport;
import org.hotline.domain.report.ViewReport;

/** The reporting API: {@code POST /api/v1/reports} and {@code GET /api/v1/reports/{id}}. */
final class ReportApi {

    static final String REPORTS = "/api/v1/reports";

    private final SubmitReport submitReport;
    private final ViewReport viewReport;
    private final ObjectMapper json;

    ReportApi(SubmitReport submitReport, ViewReport viewReport, ObjectMapper json) {
        this.submitReport = Objects.requireNonNull(submitReport, "submitReport");
        this.viewReport = Objects.requireNonNull(viewReport, "viewReport");
        this.json = Objects.requireNonNull(json, "json");
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
        NewReport body;
        try {
            body = json.readValue(ctx.bodyInputStream(), NewReport.class);
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
        Contact contact = body.contact() == null ? new Contact(null, null, null) : body.contact();
        var submission = new ReportSubmission(Channel.API, body.urls(), body.seen(), body.description(),
                contact.name(), contact.email(), contact.phone());
        submitReport.submit(submission).fold(
                errors -> {
                    Problem.invalid(errors.map(Problem.Error::of).toJavaList(), ctx).answer(ctx);
                    return null;
                },
                receipt -> {
                    var view = viewReport.byId(receipt.id()).getOrElseThrow(
                            () -> new IllegalStateException("a report just stored cannot be read back: " + receipt.id()));
                    ctx.status(HttpStatus.CREATED)
                            .header("Location", REPORTS + "/" + receipt.id())
                            .json(resource(view));
                    return null;
                });
    }

    void read(Context ctx) {
        var view = ReportId.parse(ctx.pathParam("id")).flatMap(viewReport::byId);
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

    /** Says where in the body the JSON went wrong, in the same field notation as the domain's errors. */
    private static Problem.Error describe(JsonProcessingException e) {
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

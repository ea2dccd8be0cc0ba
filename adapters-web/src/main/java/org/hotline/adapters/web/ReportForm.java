package org.hotline.adapters.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.hotline.adapters.web.pages.ReceiptPage;
import org.hotline.adapters.web.pages.ReportFormPage;
import org.hotline.domain.FieldError;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportReference;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.report.SubmitReport;
import org.hotline.domain.report.ViewReport;

/**
 * The public report form. Works without JavaScript: the form posts, a wrong field re-shows the form with what was
 * typed and an error beside the field, and a stored report redirects to its receipt (so reloading the receipt never
 * files the report twice).
 */
final class ReportForm {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm (zzzz)");

    private final SubmitReport submitReport;
    private final ViewReport viewReport;
    private final Templates templates;
    private final ZoneId zone;
    private final IntakeGuard guard;

    ReportForm(SubmitReport submitReport, ViewReport viewReport, Templates templates, ZoneId zone, IntakeGuard guard) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.submitReport = Objects.requireNonNull(submitReport, "submitReport");
        this.viewReport = Objects.requireNonNull(viewReport, "viewReport");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    void show(Context ctx) {
        templates.render(ctx, "report-form.jte", new ReportFormPage(Languages.messagesFor(ctx),
                ReportFormPage.Values.empty(), Map.of()));
    }

    void submit(Context ctx) {
        Requests.requireFormBody(ctx);
        ReportFormPage.Values typed = new ReportFormPage.Values(
                text(ctx, "urls"),
                new LinkedHashSet<>(ctx.formParams("seen")),
                text(ctx, "description"),
                text(ctx, "contactName"),
                text(ctx, "contactEmail"),
                text(ctx, "contactPhone"));
        try {
            guard.admit(ctx);
        } catch (io.javalin.http.HttpResponseException refused) {
            // Too many reports from this connection: the form comes back with everything typed, to send again later.
            Messages t = Languages.messagesFor(ctx);
            ctx.status(refused.getStatus());
            templates.render(ctx, "report-form.jte", new ReportFormPage(t, typed,
                    Map.of(ReportFormPage.GENERAL, List.of(t.get("page.tooMany.detail")))));
            return;
        }
        // Every line is passed on, blank ones too, so that an error's position is the line the reporter sees.
        List<String> lines = Arrays.asList(typed.urls().split("\r\n|\r|\n", -1));
        var submission = new ReportSubmission(Channel.WEB_FORM, lines, new ArrayList<>(typed.seen()),
                typed.description(), typed.contactName(), typed.contactEmail(), typed.contactPhone());
        submitReport.submit(submission).fold(
                refused -> {
                    Messages t = Languages.messagesFor(ctx);
                    switch (refused.reason()) {
                        case INVALID -> {
                            ctx.status(HttpStatus.BAD_REQUEST);
                            templates.render(ctx, "report-form.jte",
                                    new ReportFormPage(t, typed, formErrors(refused.fields().toJavaList(), t)));
                        }
                        // The form sends no idempotency key, so none is reused.
                        case KEY_REUSED -> throw new IllegalStateException("the form sends no idempotency key: " + refused);
                    }
                    return null;
                },
                receipt -> {
                    ctx.redirect("/report/received/" + receipt.reference().value(), HttpStatus.SEE_OTHER);
                    return null;
                });
    }

    void receipt(Context ctx) {
        var view = ReportReference.parse(ctx.pathParam("reference"))
                .flatMap(viewReport::byReference)
                .getOrElseThrow(() -> new NotFoundResponse());
        var report = view.filing().report();
        Messages t = Languages.messagesFor(ctx);
        templates.render(ctx, "receipt.jte", new ReceiptPage(t, report.reference().value(),
                RECEIVED.withLocale(t.locale()).format(report.receivedAt().atZone(zone)), report.urls().size()));
    }

    /** Field errors by the form's field names, addresses by line number. */
    static Map<String, List<String>> formErrors(List<FieldError> errors, Messages t) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            String field = error.field();
            String message = t.error(error);
            if (field.startsWith("urls[")) {
                int line = Integer.parseInt(field.substring(5, field.indexOf(']'))) + 1;
                byField.computeIfAbsent("urls", f -> new ArrayList<>()).add(t.get("form.line", line, message));
            } else {
                String formField = switch (field) {
                    case "contact.name" -> "contactName";
                    case "contact.email" -> "contactEmail";
                    case "contact.phone" -> "contactPhone";
                    default -> field.startsWith("seen") ? "seen" : field;
                };
                byField.computeIfAbsent(formField, f -> new ArrayList<>()).add(message);
            }
        }
        return byField;
    }

    private static String text(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}

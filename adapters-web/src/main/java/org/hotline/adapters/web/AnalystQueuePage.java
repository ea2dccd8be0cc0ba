package org.hotline.adapters.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import io.javalin.http.Context;
import org.hotline.adapters.web.pages.QueuePage;
import org.hotline.domain.report.ListAnalystQueue;
import org.hotline.domain.report.QueueEntry;
import org.hotline.domain.report.SeenContent;

/** The analyst queue page. */
final class AnalystQueuePage {

    static final int PAGE_SIZE = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ListAnalystQueue queue;
    private final Templates templates;
    private final ZoneId zone;

    AnalystQueuePage(ListAnalystQueue queue, Templates templates, ZoneId zone) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    void show(Context ctx) {
        var page = queue.list(PAGE_SIZE);
        var rows = page.entries().map(this::row).toJavaList();
        templates.render(ctx, "queue.jte", new QueuePage(Languages.messagesFor(ctx), rows, page.openCases()));
    }

    private QueuePage.Row row(QueueEntry entry) {
        var reports = entry.earliestReports().map(r -> new QueuePage.FoldedReport(
                r.reference().value(),
                WHEN.format(r.receivedAt().atZone(zone)),
                r.channel().name(),
                r.seen().map(SeenContent::name).map(String::toLowerCase).mkString(", "))).toJavaList();
        return new QueuePage.Row(entry.caseId().toString(), entry.url().canonical(),
                WHEN.format(entry.openedAt().atZone(zone)), entry.state().name(), entry.reportCount(), reports);
    }
}

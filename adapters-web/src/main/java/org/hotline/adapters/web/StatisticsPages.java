package org.hotline.adapters.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.adapters.web.pages.FieldErrors;
import org.hotline.adapters.web.pages.StatisticsPage;
import org.hotline.adapters.web.pages.StatisticsPage.Cell;
import org.hotline.adapters.web.pages.StatisticsPage.Column;
import org.hotline.adapters.web.pages.StatisticsPage.Table;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Role;
import org.hotline.domain.statistics.Removals;
import org.hotline.domain.statistics.RemovalTimes;
import org.hotline.domain.statistics.Share;
import org.hotline.domain.statistics.ShowStatistics;
import org.hotline.domain.statistics.Statistics;
import org.hotline.domain.statistics.StatisticsRefusal;

/**
 * The supervisors' statistics ({@code ?from=&to=}, days written YYYY-MM-DD; the last 30 days by default): each table
 * on the page and as CSV ({@code /statistics/<table>.csv} with the same query), and a chart of the days.
 */
final class StatisticsPages {

    static final String PATH = "/statistics";
    static final String CSV = "/statistics/{table}.csv";

    private final ShowStatistics statistics;
    private final Templates templates;

    StatisticsPages(ShowStatistics statistics, Templates templates) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    void show(Context ctx) {
        Messages t = Languages.messagesFor(ctx);
        String from = Forms.limited(Objects.requireNonNullElse(ctx.queryParam("from"), ""), 40);
        String to = Forms.limited(Objects.requireNonNullElse(ctx.queryParam("to"), ""), 40);
        Either<Rejection<StatisticsRefusal>, Statistics> shown = figures(ctx);
        if (shown.isLeft()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            templates.render(ctx, "statistics.jte", new StatisticsPage(t, from, to, "", t.get("statistics.title"),
                    FieldErrors.of(shown.getLeft().fields(), t), List.of(), Chart.SCRIPT, Chart.STYLE));
            return;
        }
        Statistics figures = shown.get();
        String first = figures.period().from().toString();
        String last = figures.period().to().toString();
        templates.render(ctx, "statistics.jte", new StatisticsPage(t, first, last, "from=" + first + "&to=" + last,
                t.get("statistics.heading", day(figures.period().from(), t), day(figures.period().to(), t)),
                FieldErrors.none(), new StatisticsTables(t).of(figures), Chart.SCRIPT, Chart.STYLE));
    }

    /** One table of the page as CSV, named after the table and the period. */
    void csv(Context ctx) {
        Messages t = Languages.messagesFor(ctx);
        Either<Rejection<StatisticsRefusal>, Statistics> shown = figures(ctx);
        if (shown.isLeft()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "statistics.periodRefused", shown.getLeft().detail());
        }
        Statistics figures = shown.get();
        String name = ctx.pathParam("table");
        Table table = new StatisticsTables(t).of(figures).stream().filter(found -> found.name().equals(name)).findFirst()
                .orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "page.notFound", "There is no table " + name + "."));
        String file = "statistics-" + name + "-" + figures.period().from() + "-" + figures.period().to() + ".csv";
        ctx.contentType(Csv.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file, StandardCharsets.UTF_8))
                .result(Csv.of(table.header(), table.values()));
    }

    private Either<Rejection<StatisticsRefusal>, Statistics> figures(Context ctx) {
        var supervisor = SignedInStaff.required(ctx).as(Role.SUPERVISOR);
        var shown = statistics.over(supervisor, Option.of(ctx.queryParam("from")), Option.of(ctx.queryParam("to")));
        if (shown.isLeft() && shown.getLeft().reason() == StatisticsRefusal.ROLE_REQUIRED) {
            throw new Refusal(HttpStatus.FORBIDDEN, "page.forbidden", shown.getLeft().detail());
        }
        return shown;
    }

    private static String day(java.time.LocalDate day, Messages t) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale()).format(day);
    }

    /** uPlot's files in its WebJar, by the version on the class path. */
    static final class Chart {
        static final String VERSION = version();
        static final String PATH = "/webjars/uplot/" + VERSION;
        static final String DIRECTORY = "/META-INF/resources/webjars/uplot/" + VERSION;
        static final String SCRIPT = PATH + "/dist/uPlot.iife.min.js";
        static final String STYLE = PATH + "/dist/uPlot.min.css";

        private Chart() {
        }

        private static String version() {
            try (var in = Chart.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
                if (in == null) {
                    throw new IllegalStateException("uPlot's WebJar is missing from the class path");
                }
                var properties = new java.util.Properties();
                properties.load(in);
                return properties.getProperty("version");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The tables of the statistics in the reader's language, each cell also as the CSV writes it. */
    static final class StatisticsTables {

        private final Messages t;
        private final NumberFormat counts;
        private final NumberFormat percents;

        StatisticsTables(Messages t) {
            this.t = t;
            this.counts = NumberFormat.getIntegerInstance(t.locale());
            this.percents = NumberFormat.getPercentInstance(t.locale());
            percents.setMaximumFractionDigits(1);
        }

        List<Table> of(Statistics figures) {
            return List.of(intake(figures), referrals(figures), removals(figures.removals(), "country",
                    figures.removals().byCountry()), removals(figures.removals(), "provider",
                    figures.removals().byProvider()), days(figures));
        }

        private Table intake(Statistics figures) {
            var intake = figures.intake();
            List<List<Cell>> rows = List.of(
                    figure("reports", intake.reports(), Option.none()),
                    figure("addresses", intake.addresses(), Option.none()),
                    figure("casesOpened", intake.casesOpened(), Option.none()),
                    figure("assessed", intake.assessed(), Option.none()),
                    figure("illegal", intake.illegal(), Option.some(intake.illegalShare())),
                    figure("baseline", intake.baseline(), Option.some(intake.baselineShare())),
                    figure("captured", intake.captured(), Option.none()),
                    figure("known", intake.known(), Option.some(intake.knownShare())));
            return table("intake", List.of(column("figure", "figure"), column("count", "count"),
                    column("share_percent", "share")), rows);
        }

        private List<Cell> figure(String key, long count, Option<Share> share) {
            return List.of(new Cell(t.get("statistics.figure." + key), key), count(count),
                    share.map(this::share).getOrElse(new Cell("", "")));
        }

        private Table referrals(Statistics figures) {
            List<List<Cell>> rows = figures.referrals().map(country -> List.of(
                    new Cell(country.country().value(), country.country().value()), count(country.sent()),
                    count(country.received()), count(country.sentRemoved()), share(country.removedShare())))
                    .toJavaList();
            return table("referrals", List.of(column("country", "country"), column("sent", "sent"),
                    column("received", "received"), column("sent_removed", "sentRemoved"),
                    column("sent_removed_percent", "sentRemovedShare")), rows);
        }

        private Table removals(Removals removals, String by, io.vavr.collection.Seq<Removals.Group> groups) {
            List<List<Cell>> rows = new ArrayList<>();
            removals.overall().forEach(all -> rows.add(times(new Cell(t.get("statistics.removals.all"), "all"), all)));
            groups.forEach(group -> rows.add(times(group.name().map(name -> new Cell(name, name))
                    .getOrElse(new Cell(t.get("statistics.removals.unknown." + by), "")), group.times())));
            return table("removals-by-" + by, List.of(column(by, by), column("removed", "removed"),
                    column("median_hours", "median"), column("p90_hours", "ninetieth"),
                    column("within_24h_percent", "within24Hours"), column("within_72h_percent", "within72Hours"),
                    column("within_7d_percent", "within7Days")), rows);
        }

        private List<Cell> times(Cell name, RemovalTimes times) {
            return List.of(name, count(times.removed()), hours(times.median()), hours(times.ninetieth()),
                    share(times.within24HoursShare()), share(times.within72HoursShare()), share(times.within7DaysShare()));
        }

        private Table days(Statistics figures) {
            DateTimeFormatter heading = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(t.locale());
            List<List<Cell>> rows = figures.days().map(day -> List.of(new Cell(heading.format(day.day()),
                    day.day().toString()), count(day.reports()), count(day.removals()))).toJavaList();
            return table("days", List.of(column("day", "day"), column("reports", "reports"),
                    column("removals", "removals")), rows);
        }

        private Table table(String name, List<Column> columns, List<List<Cell>> rows) {
            String key = "statistics.table." + name;
            return new Table(name, t.get(key + ".title"), t.get(key + ".lead"), t.get(key + ".empty"), columns, rows);
        }

        /** A column: its name in the CSV, and its heading on the page ({@code statistics.column.<key>}). */
        private Column column(String csv, String key) {
            return new Column(csv, t.get("statistics.column." + key));
        }

        private Cell count(long count) {
            return new Cell(counts.format(count), Long.toString(count));
        }

        private Cell share(Share share) {
            return share.percent().map(percent -> new Cell(percents.format(percent / 100),
                    String.format(Locale.ROOT, "%.1f", percent))).getOrElse(new Cell(t.get("statistics.noShare"), ""));
        }

        private static Cell hours(Duration length) {
            return new Cell(Times.length(length), String.format(Locale.ROOT, "%.2f", length.toMillis() / 3_600_000.0));
        }
    }
}

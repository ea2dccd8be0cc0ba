package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.staff.Role;
import org.hotline.domain.statistics.CountryReferrals;
import org.hotline.domain.statistics.Day;
import org.hotline.domain.statistics.Intake;
import org.hotline.domain.statistics.RemovalTimes;
import org.hotline.domain.statistics.Removals;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics pages over real HTTP, on figures a test sets (their counting is the persistence adapter's test), with
 * the clock at 10:30 in Brussels on 4 May 2026.
 */
class StatisticsPagesTest {

    private static final String PASSWORD = "a long passphrase";

    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static RemovalTimes times(long removed, long medianMinutes, long ninetiethMinutes, long day, long days3,
            long week) {
        return new RemovalTimes(removed, Duration.ofMinutes(medianMinutes), Duration.ofMinutes(ninetiethMinutes), day,
                days3, week);
    }

    private void someFigures() {
        var overall = times(4, 26 * 60 + 15, 150 * 60, 1, 3, 4);
        server.statistics.answering(new Intake(12, 15, 9, 8, 6, 2, 5, 1),
                List.of(new CountryReferrals(new CountryCode("NL"), 3, 1, 2), new CountryReferrals(new CountryCode("FR"), 0, 2, 0)),
                new Removals(Option.some(overall),
                        List.of(new Removals.Group(Option.some("BE"), times(3, 20 * 60, 60 * 60, 1, 3, 3)),
                                new Removals.Group(Option.none(), times(1, 150 * 60, 150 * 60, 0, 0, 1))),
                        List.of(new Removals.Group(Option.some("=Hosting, \"Ltd\""), overall))),
                List.of(new Day(LocalDate.of(2026, 5, 2), 7, 1), new Day(LocalDate.of(2026, 5, 4), 5, 3)));
    }

    @Test
    void a_supervisor_sees_the_last_thirty_days_by_default_with_every_table_and_the_chart_library_from_its_webjar() {
        someFigures();
        var supervisor = server.signedIn("sam", PASSWORD, Role.SUPERVISOR);

        Document page = Jsoup.parse(supervisor.get("/statistics").body());

        assertThat(page.select("h1").text()).isEqualTo("Statistics from April 5, 2026 to May 4, 2026");
        assertThat(page.select("#from").val()).isEqualTo("2026-04-05");
        assertThat(page.select("#to").val()).isEqualTo("2026-05-04");
        assertThat(page.select("#intake-table tbody tr").eachText()).containsExactly("Reports received 12",
                "Addresses reported 15", "Cases opened 9", "Cases assessed (illegal or not) 8",
                "Illegal (share of the cases assessed) 6 75%", "INTERPOL baseline (share of the illegal) 2 33.3%",
                "Cases with an item captured 5", "Known content (share of the cases captured) 1 20%");
        assertThat(page.select("#referrals-table tbody tr").eachText()).containsExactly("NL 3 1 2 66.7%", "FR 0 2 0 -");
        assertThat(page.select("#removals-by-country-table tbody tr").eachText()).containsExactly(
                "All 4 26 h 15 min 150 h 00 min 25% 75% 100%", "BE 3 20 h 00 min 60 h 00 min 33.3% 100% 100%",
                "Country not settled 1 150 h 00 min 150 h 00 min 0% 0% 100%");
        assertThat(page.select("#days-table tbody tr")).hasSize(30);
        assertThat(page.select("#days-table tbody tr").last().select("[data-value]").eachAttr("data-value"))
                .containsExactly("2026-05-04", "5", "3");
        assertThat(page.select("#days-chart")).hasSize(1);
        assertThat(page.select("script").eachAttr("src")).containsExactly("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js",
                "/static/statistics.js");
        assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
        assertThat(page.select("a#intake-csv").attr("href")).isEqualTo("/statistics/intake.csv?from=2026-04-05&to=2026-05-04");
        assertThat(server.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").body()).contains("uPlot");
        assertThat(server.get("/webjars/uplot/1.6.30/dist/uPlot.min.css").statusCode()).isEqualTo(200);
        assertThat(server.get("/static/statistics.js").headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
    }

    @Test
    void each_table_downloads_as_csv_with_a_header_row_quoted_fields_utf8_and_no_formula() {
        someFigures();
        var supervisor = server.signedIn("sam", PASSWORD, Role.SUPERVISOR);

        HttpResponse<byte[]> csv = supervisor.getBytes("/statistics/removals-by-provider.csv?from=2026-05-01&to=2026-05-04");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition").get())
                .contains("attachment; filename=\"statistics-removals-by-provider-2026-05-01-2026-05-04.csv\"");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "provider,removed,median_hours,p90_hours,within_24h_percent,within_72h_percent,within_7d_percent\r\n"
                + "all,4,26.25,150.00,25.0,75.0,100.0\r\n"
                + "\"'=Hosting, \"\"Ltd\"\"\",4,26.25,150.00,25.0,75.0,100.0\r\n");
        String days = new String(supervisor.getBytes("/statistics/days.csv?from=2026-05-01&to=2026-05-04").body(),
                StandardCharsets.UTF_8);
        assertThat(days).isEqualTo("\uFEFFday,reports,removals\r\n2026-05-01,0,0\r\n2026-05-02,7,1\r\n2026-05-03,0,0\r\n"
                + "2026-05-04,5,3\r\n");
        assertThat(new String(supervisor.getBytes("/statistics/intake.csv").body(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFfigure,count,share_percent\r\nreports,12,\r\n");
        assertThat(supervisor.getBytes("/statistics/secrets.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void a_period_that_is_not_one_is_refused_with_each_day_at_fault_marked_and_nothing_counted() {
        var supervisor = server.signedIn("sam", PASSWORD, Role.SUPERVISOR);

        HttpResponse<String> refused = supervisor.get("/statistics?from=2026-02-30&to=2026-06-01");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#from-error").text()).isEqualTo("Write the day as YYYY-MM-DD, such as 2026-03-31.");
        assertThat(page.select("#to-error").text()).isEqualTo("The last day cannot be after today.");
        assertThat(page.select("#from").val()).isEqualTo("2026-02-30");
        assertThat(page.select("table")).isEmpty();
        assertThat(server.statistics.asked()).isEmpty();
        assertThat(supervisor.getBytes("/statistics/intake.csv?from=2026-05-04&to=2026-05-01").statusCode())
                .isEqualTo(400);
    }

    @Test
    void the_pages_are_for_supervisors_only_and_in_the_readers_language() {
        var analyst = server.signedIn("ann", PASSWORD, Role.ANALYST);
        assertThat(analyst.get("/statistics").statusCode()).isEqualTo(403);
        assertThat(analyst.getBytes("/statistics/intake.csv").statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(analyst.get("/queue").body()).select("a[href=/statistics]")).isEmpty();
        assertThat(server.get("/statistics").statusCode()).isIn(302, 303, 401);

        someFigures();
        var supervisor = server.signedIn("sam", PASSWORD, Role.SUPERVISOR);
        assertThat(Jsoup.parse(supervisor.get("/welfare").body()).select("a[href=/statistics]").text())
                .isEqualTo("Statistics");
        Document french = Jsoup.parse(supervisor.get("/statistics?lang=fr").body());
        assertThat(french.select("h1").text()).isEqualTo("Statistiques du 5 avril 2026 au 4 mai 2026");
        assertThat(french.select("#referrals-table tbody tr").first().text()).isEqualTo("NL 3 1 2 66,7 %");
    }
}

package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Objects;

import org.hotline.adapters.web.Messages;

/**
 * The supervisors' statistics of a period: the period's form, then each table with its heading and the address of its
 * CSV, and the chart of the days (drawn by {@code /static/statistics.js} from the days' table, with uPlot from its
 * WebJar). Without tables when the period asked for is refused.
 *
 * @param from the first day as typed (or as chosen when none was)
 * @param query the period in the form of an address's query, for the CSV links
 * @param chartScript the address of uPlot's script, served from its WebJar
 * @param chartStyle the address of uPlot's style sheet
 */
public record StatisticsPage(Messages t, String from, String to, String query, String heading, FieldErrors errors,
        List<Table> tables, String chartScript, String chartStyle) {

    public static final List<String> FIELDS = List.of("from", "to");

    public StatisticsPage {
        tables = List.copyOf(tables);
    }

    /** The table named so, if the page has it. */
    public java.util.Optional<Table> table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    /**
     * One table: its name (in its address, its CSV's name and its element's id), its heading, a line saying what it
     * counts, what it says when it has no rows, its columns and rows. The first cell of a row heads the row.
     */
    public record Table(String name, String heading, String lead, String empty, List<Column> columns, List<List<Cell>> rows) {

        public Table {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** The CSV's header row. */
        public List<String> header() {
            return columns.stream().map(Column::csv).toList();
        }

        /** The CSV's rows. */
        public List<List<String>> values() {
            return rows.stream().map(row -> row.stream().map(Cell::csv).toList()).toList();
        }
    }

    /** A column: its name in the CSV's header, and its heading on the page. */
    public record Column(String csv, String label) {
    }

    /** A cell: as the page shows it, and as the CSV (and the chart) reads it. */
    public record Cell(String shown, String csv) {
    }
}

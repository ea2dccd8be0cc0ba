package org.hotline.adapters.web.pages;

import java.util.List;

import org.hotline.adapters.web.Messages;

/**
 * The administrators' page of hash lists: every list with its counts and dates, the form to import a file into one,
 * and the form to make a list.
 *
 * @param outcome what the last import did, or why it was refused (empty when none was just made)
 * @param refused whether that outcome is a refusal
 */
public record KnownListsPage(Messages t, List<Row> lists, String outcome, boolean refused, NewList typed,
        FieldErrors errors, String uploadLimit) {

    public static final List<String> FIELDS = List.of("name", "source", "jurisdiction", "verdict", "category",
            "distance");

    /** One list as the table shows it. */
    public record Row(String name, String source, String jurisdiction, String defaults, String distance, String entries,
            String retracted, String created, String lastImport) {
    }

    /** The form to make a list, as typed. */
    public record NewList(String name, String source, String jurisdiction, String verdict, String category,
            boolean baseline, String distance) {

        public static NewList empty() {
            return new NewList("", "own", "", "illegal", "", false, "31");
        }
    }
}

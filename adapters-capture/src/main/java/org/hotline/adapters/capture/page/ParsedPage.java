package org.hotline.adapters.capture.page;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * What a page holds for a capture: its title, the distinct item addresses in the order they appear (at most the
 * limit), and how many more distinct ones it has beyond the limit.
 */
public record ParsedPage(Option<String> title, Seq<FoundItem> items, int omitted) {

    public ParsedPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(items, "items");
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted items are counted from zero");
        }
    }
}

package org.hotline.domain.report;

import java.util.Objects;

/**
 * One page of a list of waiting cases, narrowed by a filter.
 *
 * @param page 1 for the first page
 * @param pageSize how many cases a page shows
 */
public record QueueRequest(QueueFilter filter, int page, int pageSize) {

    /** The most cases a page shows. */
    public static final int MAX_PAGE_SIZE = 200;

    public QueueRequest {
        Objects.requireNonNull(filter, "filter");
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pages count from 1 and hold 1 to " + MAX_PAGE_SIZE + " cases");
        }
    }

    /** The first page of every case waiting at a stage. */
    public static QueueRequest firstPage(Stage stage, int pageSize) {
        return new QueueRequest(QueueFilter.all(stage), 1, Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)));
    }

    /** How many cases come before this page. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}

package org.hotline.adapters.capture.page;

import java.util.Objects;

import org.hotline.domain.capture.ItemSource;
import org.hotline.domain.report.ReportedUrl;

/** An image or video address found on a page, canonical, with where it was first found. */
public record FoundItem(ReportedUrl address, ItemSource source) {

    public FoundItem {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(source, "source");
    }
}

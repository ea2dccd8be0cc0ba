package org.hotline.domain.capture.preview;

import io.vavr.control.Option;
import org.hotline.domain.capture.job.ItemId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * A short-lived cache of previews made, in memory only, so that a case page shown again does not fetch every item
 * again. What it keeps, and for how long, is the adapter's business; it may forget anything at any time.
 */
@SecondaryPort
public interface RecentPreviews {

    Option<PreviewImage> recent(ItemId item, PreviewKind kind);

    void keep(ItemId item, PreviewKind kind, PreviewImage preview);

    /** A cache that keeps nothing. */
    static RecentPreviews none() {
        return new RecentPreviews() {
            @Override
            public Option<PreviewImage> recent(ItemId item, PreviewKind kind) {
                return Option.none();
            }

            @Override
            public void keep(ItemId item, PreviewKind kind, PreviewImage preview) {
                // Keeps nothing.
            }
        };
    }
}

package org.hotline.domain.audit;

import java.util.Objects;

/**
 * The end of the trail as this program last saw it after writing to it, kept outside the database (see
 * {@link AuditAnchors}). Whoever removes records from the end of the trail, or rewrites it from some record on, cannot
 * reach the anchor: the trail then ends before it, or holds another record where it points.
 *
 * @param head the last record written when the anchor was set, by its sequence and hash
 * @param sealedFrom the first record that must carry a seal: records before it were written before this program
 *                   sealed records, and are vouched for by the chain and the anchor alone
 */
public record AuditAnchor(AuditHead head, long sealedFrom) {

    public AuditAnchor {
        Objects.requireNonNull(head, "head");
        if (sealedFrom < 1) {
            throw new IllegalArgumentException("records are sealed from record 1 at the earliest: " + sealedFrom);
        }
    }
}

package org.hotline.domain.audit;

import java.util.UUID;

/**
 * Who did something the trail keeps, as the trail needs to know them: by a lasting identifier. The members of staff
 * are actors ({@code StaffId}); the audit trail knows no more of them, so that it depends on none of the packages
 * that write to it.
 */
public interface Actor {

    UUID value();
}

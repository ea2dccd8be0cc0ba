/**
 * Notices in the takedown: the first notice when the hotline records its procedure's notice step
 * ({@link org.hotline.domain.notifying.NoticeDesk}), to the first contact of the host's escalation path, in the
 * language of the host's country where the templates have it, on the legal basis of the case's verdict; then, while
 * the content stays up, a reminder 24 hours after a notice and, past the agreement's target, an escalation to the next
 * contact on the path, which staff see flagged.
 */
package org.hotline.domain.notifying;

package org.hotline.domain.notice;

/** What a notice is in the sequence sent about the same content. */
public enum NoticeKind {
    /** The first request to a contact to remove the content. */
    FIRST_NOTICE,
    /** The content is still there some time after a notice to the same contact: asked again. */
    REMINDER,
    /** The contact before did not act in time: the next contact on the escalation path is asked. */
    ESCALATION
}

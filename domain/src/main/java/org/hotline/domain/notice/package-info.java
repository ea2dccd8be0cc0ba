/**
 * Notices: the message that asks a hosting provider, site owner or registrar to remove content and keep the evidence,
 * and the port that sends it.
 *
 * <p>A {@link org.hotline.domain.notice.Notice} is a value: its reference, its kind (first notice, reminder,
 * escalation), its language, the contact it goes to, the addresses it is about (several for one contact go in one
 * notice), the legal basis and its dates. {@link org.hotline.domain.notice.SendNotice} delivers it and answers with
 * what was sent or a {@link org.hotline.domain.notice.SendFailure} that says whether trying again can help. Sending
 * the same notice again produces the same message with the same identifier, so a retry after a lost answer is
 * recognisable by whoever receives both.
 */
package org.hotline.domain.notice;

/**
 * Sends notices over SMTP with Angus Mail (Jakarta Mail): {@link org.hotline.adapters.mail.SmtpNoticeSender} renders a
 * notice from the templates of its language and kind ({@link org.hotline.adapters.mail.NoticeTemplates}), sends it
 * under a message identifier derived from its reference, and tells a failure worth retrying from one that is not.
 * {@link org.hotline.adapters.mail.MailSettings} reads and checks the {@code HOTLINE_SMTP_*} and
 * {@code HOTLINE_NOTICE_*} settings.
 */
@SecondaryAdapter
package org.hotline.adapters.mail;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

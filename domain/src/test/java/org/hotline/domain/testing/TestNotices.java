package org.hotline.domain.testing;

import java.time.Instant;
import java.util.Locale;

import io.vavr.collection.List;
import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.ContactSource;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.notice.LegalBasis;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeReference;
import org.hotline.domain.report.ReportedUrl;

/** Made-up contacts and notices for tests: reserved names only ({@code *.example}, {@code example.org}). */
public final class TestNotices {

    public static final Instant ISSUED = Instant.parse("2026-03-02T09:30:00Z");
    public static final LegalBasis LEGAL_BASIS = LegalBasis.of("Criminal Code art. 417/44", "Criminal Code art. 417/45");

    private TestNotices() {
    }

    public static AbuseContact aHostingProvider() {
        return contact("Example Hosting Ltd", ContactRole.HOSTING_PROVIDER, "abuse@hosting.example");
    }

    public static AbuseContact aSiteOwner() {
        return contact("Example Site Owner", ContactRole.SITE_OWNER, "owner@site.example");
    }

    public static AbuseContact aRegistrar() {
        return contact("Example Registrar Inc.", ContactRole.REGISTRAR, "abuse@registrar.example");
    }

    public static AbuseContact contact(String name, ContactRole role, String... emails) {
        return new AbuseContact(name, List.of(emails).map(EmailAddress::of), role,
                new ContactSource.Imported("test list", Instant.parse("2026-01-01T00:00:00Z")));
    }

    public static ReportedUrl url(String text) {
        return ReportedUrl.parse(text).get();
    }

    /** A first notice in English to the test hosting provider about two addresses. */
    public static Notice aFirstNotice() {
        return aFirstNotice("NTD-2026-0001", Locale.ENGLISH, aHostingProvider());
    }

    public static Notice aFirstNotice(String reference, Locale language, AbuseContact to) {
        return Notice.first(new NoticeReference(reference), language, to,
                List.of(url("https://files.example.org/a/1.jpg"), url("https://files.example.org/a/2.jpg")),
                LEGAL_BASIS, ISSUED);
    }
}

package org.hotline.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline.domain.testing.TestNotices.ISSUED;
import static org.hotline.domain.testing.TestNotices.LEGAL_BASIS;
import static org.hotline.domain.testing.TestNotices.aFirstNotice;
import static org.hotline.domain.testing.TestNotices.aHostingProvider;
import static org.hotline.domain.testing.TestNotices.aSiteOwner;
import static org.hotline.domain.testing.TestNotices.url;

import java.time.Duration;
import java.util.Locale;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final NoticeReference NEXT = new NoticeReference("NTD-2026-0002");

    @Test
    void a_reminder_goes_to_the_same_contact_about_the_same_addresses_and_names_the_notice_it_follows() {
        Notice first = aFirstNotice();
        var sent = ISSUED.plusSeconds(60);

        Notice reminder = Notice.reminder(NEXT, first, sent, ISSUED.plus(Duration.ofHours(24)));

        assertThat(reminder.kind()).isEqualTo(NoticeKind.REMINDER);
        assertThat(reminder.recipient()).isEqualTo(first.recipient());
        assertThat(reminder.addresses()).isEqualTo(first.addresses());
        assertThat(reminder.legalBasis()).isEqualTo(first.legalBasis());
        assertThat(reminder.language()).isEqualTo(first.language());
        assertThat(reminder.prior()).contains(new PriorNotice(first.reference(), sent, "Example Hosting Ltd"));
    }

    @Test
    void an_escalation_goes_to_the_next_contact_in_its_language_and_names_the_contact_before() {
        Notice first = aFirstNotice();

        Notice escalation = Notice.escalation(NEXT, first, ISSUED, aSiteOwner(), Locale.FRENCH, ISSUED.plus(Duration.ofHours(72)));

        assertThat(escalation.kind()).isEqualTo(NoticeKind.ESCALATION);
        assertThat(escalation.recipient()).isEqualTo(aSiteOwner());
        assertThat(escalation.language()).isEqualTo(Locale.FRENCH);
        assertThat(escalation.addresses()).isEqualTo(first.addresses());
        assertThat(escalation.prior().get().recipient()).isEqualTo("Example Hosting Ltd");
    }

    @Test
    void a_first_notice_follows_no_other_and_the_others_follow_one() {
        var prior = Option.some(new PriorNotice(new NoticeReference("NTD-1"), ISSUED, "Example Hosting Ltd"));
        var addresses = List.of(url("https://files.example.org/1.jpg"));

        assertThatThrownBy(() -> new Notice(NEXT, NoticeKind.FIRST_NOTICE, Locale.ENGLISH, aHostingProvider(),
                addresses, LEGAL_BASIS, ISSUED, prior)).hasMessageContaining("follows no other");
        assertThatThrownBy(() -> new Notice(NEXT, NoticeKind.REMINDER, Locale.ENGLISH, aHostingProvider(),
                addresses, LEGAL_BASIS, ISSUED, Option.none())).hasMessageContaining("a reminder names the notice it follows");
        assertThatThrownBy(() -> new Notice(NEXT, NoticeKind.ESCALATION, Locale.ENGLISH, aHostingProvider(),
                addresses, LEGAL_BASIS, ISSUED, Option.none())).hasMessageContaining("an escalation names".substring(3));
    }

    @Test
    void a_notice_cannot_follow_itself_nor_one_sent_after_it_was_issued() {
        Notice first = aFirstNotice();

        assertThatThrownBy(() -> Notice.reminder(first.reference(), first, ISSUED, ISSUED)).hasMessageContaining("itself");
        assertThatThrownBy(() -> Notice.reminder(NEXT, first, ISSUED.plusSeconds(1), ISSUED)).hasMessageContaining("before");
        assertThat(Notice.reminder(NEXT, first, ISSUED, ISSUED).issued()).isEqualTo(ISSUED);
    }

    @Test
    void a_notice_is_about_each_address_once_and_about_at_least_one() {
        var same = List.of(url("https://files.example.org/1.jpg"), url("HTTPS://FILES.example.org/1.jpg"));

        assertThatThrownBy(() -> Notice.first(NEXT, Locale.ENGLISH, aHostingProvider(), same, LEGAL_BASIS, ISSUED))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> Notice.first(NEXT, Locale.ENGLISH, aHostingProvider(), List.empty(), LEGAL_BASIS, ISSUED))
                .hasMessageContaining("1 to 1000");
        var many = List.range(0, 1001).map(i -> url("https://files.example.org/" + i + ".jpg"));
        assertThatThrownBy(() -> Notice.first(NEXT, Locale.ENGLISH, aHostingProvider(), many, LEGAL_BASIS, ISSUED))
                .hasMessageContaining("1 to 1000");
        assertThat(Notice.first(NEXT, Locale.ENGLISH, aHostingProvider(), many.take(1000), LEGAL_BASIS, ISSUED).addresses())
                .hasSize(1000);
    }

    @Test
    void a_notice_is_written_in_a_language_not_a_regional_variant() {
        var addresses = List.of(url("https://files.example.org/1.jpg"));

        assertThat(Notice.first(NEXT, Locale.forLanguageTag("nl"), aHostingProvider(), addresses, LEGAL_BASIS, ISSUED)
                .language().getLanguage()).isEqualTo("nl");
        for (Locale wrong : new Locale[] {Locale.forLanguageTag("nl-BE"), Locale.ROOT, Locale.forLanguageTag("sr-Latn")}) {
            assertThatThrownBy(() -> Notice.first(NEXT, wrong, aHostingProvider(), addresses, LEGAL_BASIS, ISSUED))
                    .as(wrong.toLanguageTag()).hasMessageContaining("language code alone");
        }
    }

    @Test
    void a_reference_is_made_of_characters_safe_in_a_subject_and_a_message_identifier() {
        assertThat(NoticeReference.parse(" BE-NTD_2026.0042 ").get().value()).isEqualTo("BE-NTD_2026.0042");
        assertThat(NoticeReference.parse("x".repeat(64))).isNotEmpty();
        for (String wrong : new String[] {"x".repeat(65), "-NTD", "NTD 1", "NTD<1>", "NTD@1", "NTD\n1"}) {
            assertThat(NoticeReference.parse(wrong).getLeft().code()).as(wrong).isEqualTo("notice_reference.invalid");
        }
        assertThat(NoticeReference.parse("").getLeft().code()).isEqualTo("required");
    }

    @Test
    void the_legal_basis_cites_one_to_twenty_provisions_each_on_one_line() {
        assertThat(LegalBasis.of("Criminal Code art. 417/44").citations()).hasSize(1);
        assertThatThrownBy(() -> LegalBasis.of()).hasMessageContaining("1 to 20");
        assertThatThrownBy(() -> new LegalBasis(List.fill(21, "art. 1"))).hasMessageContaining("1 to 20");
        assertThat(new LegalBasis(List.fill(20, "art. 1")).citations()).hasSize(20);
        assertThatThrownBy(() -> LegalBasis.of("art.\n1")).hasMessageContaining("one line");
        assertThatThrownBy(() -> LegalBasis.of(" ")).hasMessageContaining("one line");
        assertThatThrownBy(() -> LegalBasis.of("x".repeat(301))).hasMessageContaining("one line");
    }

    @Test
    void failures_say_whether_trying_again_can_help() {
        SendFailure temporary = new SendFailure.Temporary("421 try later");
        SendFailure refusedAddress = new SendFailure.Permanent(List.of(aHostingProvider().emails().head()), "550 no such user");
        SendFailure refusedMessage = new SendFailure.Permanent(List.empty(), "554 rejected");
        SendFailure unwritable = new SendFailure.Unwritable("no templates in de");

        assertThat(temporary.retryable()).isTrue();
        assertThat(refusedAddress.retryable()).isFalse();
        assertThat(unwritable.retryable()).isFalse();
        assertThat(temporary.code()).isEqualTo("notice.send_temporary");
        assertThat(refusedAddress.code()).isEqualTo("notice.address_refused");
        assertThat(refusedAddress.detail()).contains("abuse@hosting.example", "550 no such user");
        assertThat(refusedMessage.code()).isEqualTo("notice.message_refused");
        assertThat(refusedMessage.detail()).contains("554 rejected");
        assertThat(unwritable.code()).isEqualTo("notice.unwritable");
        assertThat(temporary.detail()).contains("421 try later", "tried again");
    }
}

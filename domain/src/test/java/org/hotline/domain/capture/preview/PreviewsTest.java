package org.hotline.domain.capture.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.capture.Answer;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CapturedItem;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.FetchContent;
import org.hotline.domain.capture.FetchedContent;
import org.hotline.domain.capture.KeptHeaders;
import org.hotline.domain.capture.job.CaptureId;
import org.hotline.domain.capture.job.CaptureJobId;
import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryCaptures;
import org.hotline.domain.testing.InMemoryExposureLog;
import org.hotline.domain.testing.InMemoryLimitLifts;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.SequentialIdentities;
import org.hotline.domain.testing.TestCaptures;
import org.hotline.domain.welfare.Exposure;
import org.hotline.domain.welfare.Welfare;
import org.hotline.domain.welfare.WelfareSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreviewsTest {

    private static final String IMAGE = "http://site.example/a.jpg";
    private static final String VIDEO = "http://site.example/b.mp4";
    private static final byte[] CAPTURED = "the captured picture".getBytes(StandardCharsets.UTF_8);

    private final FixedClock clock = FixedClock.at("2026-03-02T08:00:00Z");
    private final InMemoryReports store = new InMemoryReports();
    private final InMemoryCaptures captures = new InMemoryCaptures();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryExposureLog exposure = new InMemoryExposureLog();
    private final SequentialIdentities identities = new SequentialIdentities();
    private final Map<String, Either<CaptureFailure, byte[]>> site = new HashMap<>();
    private final java.util.List<String> fetched = new java.util.ArrayList<>();
    private final Map<String, PreviewImage> cache = new HashMap<>();
    private final Acting analyst = new Acting(new StaffId(UUID.randomUUID()), Role.ANALYST);
    private Previews previews;
    private String caseId;
    private RecordedCapture recorded;

    /** Renders a "preview" that says what it was made of, so that tests see which bytes and which kind. */
    private static final RenderPreview RENDERER = new RenderPreview() {
        @Override
        public Either<String, PreviewImage> blurred(byte[] content) {
            return made("blurred", content);
        }

        @Override
        public Either<String, PreviewImage> revealed(byte[] content) {
            return made("revealed", content);
        }

        private Either<String, PreviewImage> made(String kind, byte[] content) {
            String text = new String(content, StandardCharsets.UTF_8);
            return text.startsWith("garbage") ? Either.left("not a picture")
                    : Either.right(new PreviewImage((kind + ":" + text).getBytes(StandardCharsets.UTF_8), 4, 3));
        }
    };

    private final FetchContent fetcher = address -> {
        fetched.add(address.canonical());
        return site.getOrDefault(address.canonical(), Either.left(new CaptureFailure.Unsuccessful(404)))
                .map(bytes -> new FetchedContent(new Answer(address, TestCaptures.SERVER, 200, KeptHeaders.NONE,
                        ContentType.JPEG, bytes.length), bytes));
    };

    private final RecentPreviews recent = new RecentPreviews() {
        @Override
        public Option<PreviewImage> recent(ItemId item, PreviewKind kind) {
            return Option.of(cache.get(item + "/" + kind));
        }

        @Override
        public void keep(ItemId item, PreviewKind kind, PreviewImage preview) {
            cache.put(item + "/" + kind, preview);
        }
    };

    @BeforeEach
    void aCaptureWithAnImageAndAVideo() {
        var welfare = new Welfare(exposure, new InMemoryLimitLifts(), org.hotline.domain.testing.TestStaff.roster(), store, audit, UnitOfWork.none(), clock,
                WelfareSettings.defaults(ZoneId.of("Europe/Brussels")));
        previews = new Previews(store, captures, fetcher, RENDERER, recent, welfare);
        caseId = aCase("http://site.example/gallery");
        recorded = record(caseId, TestCaptures.image(IMAGE, CAPTURED, 640, 480),
                TestCaptures.video(VIDEO, new byte[] {9}),
                TestCaptures.missing("http://site.example/c.jpg", new CaptureFailure.Unsuccessful(404)));
        site.put(IMAGE, Either.right(CAPTURED));
    }

    private String aCase(String url) {
        return new ReportIntake(store, clock, identities)
                .submit(new ReportSubmission(Channel.WEB_FORM, java.util.List.of(url), java.util.List.of("IMAGES"), null,
                        null, null, null))
                .get().links().head().caseId().toString();
    }

    private RecordedCapture record(String caseId, CapturedItem... items) {
        var capture = TestCaptures.page("http://site.example/gallery", items);
        var ids = List.of(items).map(item -> new ItemId(identities.next()));
        RecordedCapture made = new RecordedCapture(new CaptureId(identities.next()), CaseId.parse(caseId).get(),
                new CaptureJobId(identities.next()), capture, ids);
        captures.add(made);
        return made;
    }

    private String item(int index) {
        return recorded.itemIds().get(index).toString();
    }

    private static String text(PreviewImage preview) {
        return new String(preview.jpeg(), StandardCharsets.UTF_8);
    }

    @Test
    void a_blurred_preview_is_made_from_the_item_fetched_again_when_it_is_still_what_was_captured() {
        PreviewImage preview = previews.blurred(analyst, caseId, item(0)).get();

        assertThat(text(preview)).isEqualTo("blurred:the captured picture");
        assertThat(fetched).containsExactly(IMAGE);
        assertThat(exposure.exposures(Option.none(), clock.instant().minusSeconds(1), clock.instant().plusSeconds(1)))
                .as("a blurred preview is not exposure").isEmpty();
        assertThat(audit.actions()).doesNotContain("preview.revealed");
    }

    @Test
    void content_that_changed_since_the_capture_is_never_shown_nor_kept() {
        site.put(IMAGE, Either.right("another picture".getBytes(StandardCharsets.UTF_8)));

        var blurred = previews.blurred(analyst, caseId, item(0));
        var revealed = previews.reveal(analyst, caseId, item(0));

        assertThat(blurred.getLeft().reason()).isEqualTo(PreviewRefusal.CHANGED);
        assertThat(blurred.getLeft().detail()).contains("changed since it was captured");
        assertThat(revealed.getLeft().reason()).isEqualTo(PreviewRefusal.CHANGED);
        assertThat(cache).isEmpty();
        assertThat(audit.actions()).as("nothing was shown, nothing counted").doesNotContain("preview.revealed");
    }

    @Test
    void an_item_that_cannot_be_fetched_again_says_why() {
        site.put(IMAGE, Either.left(new CaptureFailure.RefusedAddress("site.example", "10.0.0.7", "a private address")));

        var refused = previews.blurred(analyst, caseId, item(0)).getLeft();

        assertThat(refused.reason()).isEqualTo(PreviewRefusal.UNAVAILABLE);
        assertThat(refused.detail()).isEqualTo("The item could not be fetched again: Refused to connect to site.example: "
                + "it resolves to 10.0.0.7, a private address.");
    }

    @Test
    void content_that_no_longer_decodes_has_no_preview() {
        byte[] garbage = "garbage bytes".getBytes(StandardCharsets.UTF_8);
        RecordedCapture withGarbage = record(caseId, TestCaptures.image("http://site.example/g.jpg", garbage, 1, 1));
        site.put("http://site.example/g.jpg", Either.right(garbage));

        var refused = previews.blurred(analyst, caseId, withGarbage.itemIds().head().toString()).getLeft();

        assertThat(refused.reason()).isEqualTo(PreviewRefusal.UNDECODABLE);
        assertThat(refused.detail()).contains("not a picture");
    }

    @Test
    void a_reveal_shows_the_item_in_colour_and_counts_as_exposure_and_in_the_audit_trail() {
        var first = previews.reveal(analyst, caseId, item(0)).get();
        var second = previews.reveal(analyst, caseId, item(0)).get();

        assertThat(text(first.preview())).isEqualTo("revealed:the captured picture");
        assertThat(first.revealsToday()).isEqualTo(1);
        assertThat(second.revealsToday()).as("each reveal counts, from the cache too").isEqualTo(2);
        assertThat(fetched).as("the second came from the short-lived cache").hasSize(1);
        assertThat(exposure.exposures(Option.some(analyst.staff()), clock.instant().minusSeconds(1),
                clock.instant().plusSeconds(1)).map(Exposure::kind)).containsOnly(Exposure.Kind.PREVIEW_REVEALED).hasSize(2);
        var entry = audit.entries().last();
        assertThat(entry.action()).isEqualTo("preview.revealed");
        assertThat(entry.subject()).isEqualTo("case:" + caseId);
        assertThat(entry.after()).isEqualTo("item:" + item(0));
    }

    @Test
    void a_blurred_preview_shown_again_soon_comes_from_the_cache() {
        previews.blurred(analyst, caseId, item(0)).get();
        PreviewImage again = previews.blurred(analyst, caseId, item(0)).get();

        assertThat(text(again)).startsWith("blurred:");
        assertThat(fetched).hasSize(1);
    }

    @Test
    void only_measured_images_of_the_case_have_previews() {
        String otherCase = aCase("http://other.example/");

        assertThat(previews.blurred(analyst, caseId, item(1)).getLeft().reason()).isEqualTo(PreviewRefusal.NOT_AN_IMAGE);
        assertThat(previews.blurred(analyst, caseId, item(2)).getLeft().reason()).isEqualTo(PreviewRefusal.NOT_AN_IMAGE);
        assertThat(previews.reveal(analyst, caseId, item(1)).getLeft().reason()).isEqualTo(PreviewRefusal.NOT_AN_IMAGE);
        assertThat(previews.blurred(analyst, otherCase, item(0)).getLeft().reason()).isEqualTo(PreviewRefusal.UNKNOWN_ITEM);
        assertThat(previews.blurred(analyst, caseId, "not-an-item").getLeft().reason()).isEqualTo(PreviewRefusal.UNKNOWN_ITEM);
        assertThat(previews.blurred(analyst, caseId, UUID.randomUUID().toString()).getLeft().reason())
                .isEqualTo(PreviewRefusal.UNKNOWN_ITEM);
        assertThat(previews.blurred(analyst, "00000000-0000-4000-8000-00000000dead", item(0)).getLeft().reason())
                .isEqualTo(PreviewRefusal.CASE_UNKNOWN);
        assertThat(fetched).as("nothing fetched for a refused request").isEmpty();
    }

    @Test
    void previews_are_for_the_staff_who_see_cases() {
        for (Role role : List.of(Role.POLICE_LIAISON, Role.ADMINISTRATOR)) {
            Acting other = new Acting(analyst.staff(), role);
            assertThat(previews.blurred(other, caseId, item(0)).getLeft().reason()).isEqualTo(PreviewRefusal.ROLE_REQUIRED);
            assertThat(previews.reveal(other, caseId, item(0)).getLeft().reason()).isEqualTo(PreviewRefusal.ROLE_REQUIRED);
        }
        assertThat(previews.reveal(new Acting(analyst.staff(), Role.SUPERVISOR), caseId, item(0)).isRight()).isTrue();
        assertThat(fetched).hasSize(1);
    }

    @Test
    void a_preview_keeps_a_copy_of_its_bytes_and_never_shows_them_in_words() {
        byte[] jpeg = {1, 2, 3};
        PreviewImage preview = new PreviewImage(jpeg, 2, 1);
        jpeg[0] = 9;
        byte[] read = preview.jpeg();
        read[1] = 9;

        assertThat(preview.jpeg()).containsExactly(1, 2, 3);
        assertThat(preview.size()).isEqualTo(3);
        assertThat(preview).hasToString("PreviewImage[2 x 1, 3 bytes]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PreviewImage(new byte[0], 1, 1))
                .hasMessageContaining("content");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PreviewImage(jpeg, 0, 1))
                .hasMessageContaining("1 x 1");
        assertThat(RecentPreviews.none().recent(new ItemId(UUID.randomUUID()), PreviewKind.BLURRED)).isEmpty();
    }
}

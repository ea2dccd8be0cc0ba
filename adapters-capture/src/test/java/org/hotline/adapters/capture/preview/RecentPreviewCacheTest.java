package org.hotline.adapters.capture.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.capture.preview.PreviewImage;
import org.hotline.domain.capture.preview.PreviewKind;
import org.junit.jupiter.api.Test;

class RecentPreviewCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RecentPreviewCache cache = new RecentPreviewCache(Duration.ofNanos(100), 10, now::get);
    private final ItemId a = new ItemId(UUID.randomUUID());
    private final ItemId b = new ItemId(UUID.randomUUID());

    private static PreviewImage bytes(int size) {
        return new PreviewImage(new byte[size], 1, 1);
    }

    @Test
    void a_preview_is_kept_for_its_time_and_by_item_and_kind() {
        PreviewImage blurred = bytes(4);
        cache.keep(a, PreviewKind.BLURRED, blurred);

        assertThat(cache.recent(a, PreviewKind.BLURRED)).contains(blurred);
        assertThat(cache.recent(a, PreviewKind.REVEALED)).isEmpty();
        assertThat(cache.recent(b, PreviewKind.BLURRED)).isEmpty();
        now.addAndGet(99);
        assertThat(cache.recent(a, PreviewKind.BLURRED)).contains(blurred);
        now.addAndGet(1);
        assertThat(cache.recent(a, PreviewKind.BLURRED)).isEmpty();
        assertThat(cache.size()).as("forgotten").isZero();
    }

    @Test
    void past_its_size_the_least_recently_used_go_first() {
        cache.keep(a, PreviewKind.BLURRED, bytes(4));
        cache.keep(b, PreviewKind.BLURRED, bytes(4));
        cache.recent(a, PreviewKind.BLURRED);

        cache.keep(b, PreviewKind.REVEALED, bytes(4));

        assertThat(cache.recent(a, PreviewKind.BLURRED)).isNotEmpty();
        assertThat(cache.recent(b, PreviewKind.BLURRED)).isEmpty();
        assertThat(cache.recent(b, PreviewKind.REVEALED)).isNotEmpty();
        assertThat(cache.size()).isEqualTo(8);
    }

    @Test
    void a_preview_kept_again_replaces_the_old_one_and_one_too_large_is_not_kept() {
        cache.keep(a, PreviewKind.BLURRED, bytes(4));
        PreviewImage newer = bytes(6);
        cache.keep(a, PreviewKind.BLURRED, newer);
        cache.keep(b, PreviewKind.BLURRED, bytes(11));

        assertThat(cache.recent(a, PreviewKind.BLURRED)).contains(newer);
        assertThat(cache.recent(b, PreviewKind.BLURRED)).isEmpty();
        assertThat(cache.size()).isEqualTo(6);
        assertThatThrownBy(() -> new RecentPreviewCache(Duration.ofSeconds(-1), 1, now::get)).hasMessageContaining("negative");
        assertThat(new RecentPreviewCache().recent(a, PreviewKind.BLURRED)).isEmpty();
    }
}

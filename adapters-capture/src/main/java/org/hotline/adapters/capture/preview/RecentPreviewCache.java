package org.hotline.adapters.capture.preview;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

import io.vavr.control.Option;
import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.capture.preview.PreviewImage;
import org.hotline.domain.capture.preview.PreviewKind;
import org.hotline.domain.capture.preview.RecentPreviews;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Previews made in the last moments, in memory only, so that a case page shown again soon does not fetch each item
 * again: each is kept for at most {@code keepFor}, and all of them together in at most {@code maxBytes}, the least
 * recently used going first. Nothing is ever written to disk; a restart forgets everything.
 */
@SecondaryAdapter
public final class RecentPreviewCache implements RecentPreviews {

    /** Two minutes, and 16 MiB (some 500 previews): a case page and its reveals, not a store. */
    public static final Duration DEFAULT_KEEP_FOR = Duration.ofMinutes(2);
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private record Key(ItemId item, PreviewKind kind) {
    }

    private record Kept(PreviewImage preview, long until) {
    }

    private final Map<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private final long keepForNanos;
    private final long maxBytes;
    private final LongSupplier nanoTime;
    private long bytes;

    public RecentPreviewCache() {
        this(DEFAULT_KEEP_FOR, DEFAULT_MAX_BYTES, System::nanoTime);
    }

    public RecentPreviewCache(Duration keepFor, long maxBytes, LongSupplier nanoTime) {
        Objects.requireNonNull(keepFor, "keepFor");
        if (keepFor.isNegative() || maxBytes < 0) {
            throw new IllegalArgumentException("a cache keeps for no negative time and no negative size");
        }
        this.keepForNanos = keepFor.toNanos();
        this.maxBytes = maxBytes;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public synchronized Option<PreviewImage> recent(ItemId item, PreviewKind kind) {
        Key key = new Key(item, kind);
        Kept found = kept.get(key);
        if (found == null) {
            return Option.none();
        }
        if (nanoTime.getAsLong() - found.until() >= 0) {
            forget(key);
            return Option.none();
        }
        return Option.some(found.preview());
    }

    @Override
    public synchronized void keep(ItemId item, PreviewKind kind, PreviewImage preview) {
        if (preview.size() > maxBytes) {
            return;
        }
        Key key = new Key(item, kind);
        forget(key);
        kept.put(key, new Kept(preview, nanoTime.getAsLong() + keepForNanos));
        bytes += preview.size();
        for (Iterator<Map.Entry<Key, Kept>> oldest = kept.entrySet().iterator(); bytes > maxBytes && oldest.hasNext();) {
            bytes -= oldest.next().getValue().preview().size();
            oldest.remove();
        }
    }

    /** How many bytes of previews are kept now. */
    public synchronized long size() {
        return bytes;
    }

    private void forget(Key key) {
        Kept gone = kept.remove(key);
        if (gone != null) {
            bytes -= gone.preview().size();
        }
    }
}

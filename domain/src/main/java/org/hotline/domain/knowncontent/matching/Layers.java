package org.hotline.domain.knowncontent.matching;

/**
 * What an index holds, in layers: a large base segment, a small delta segment of what was added since the base was
 * built, and the entries retracted from the base since then (a base hit of one of them is dropped). Changes rebuild
 * only the delta; {@link #compacted()} rebuilds one base from the lot. Immutable; the digest and PDQ indexes share it.
 *
 * @param <E> the stored rows of a segment (hashes or digests with their entries)
 * @param <S> a segment: rows with what finds them
 */
final class Layers<E, S> {

    /** Below this many rows pending, rebuilding the delta on every change is cheap: no compaction is asked for. */
    static final int SMALL_DELTA = 65_536;

    /** The delta and the retractions may grow to this share of the base before compaction is asked for. */
    static final int DELTA_SHARE = 16;

    /** How rows and segments of one kind are handled. */
    interface Kind<E, S> {

        S index(E rows);

        E rows(S segment);

        int size(E rows);

        long[] entries(E rows);

        E empty();

        /** {@code rows} without the entries in {@code drop}, followed by {@code more}; the same rows if nothing changes. */
        E keepingAll(E rows, RetractedEntries drop, E more);
    }

    final S base;
    final S delta;
    final RetractedEntries retracted;
    private final Kind<E, S> kind;

    private Layers(Kind<E, S> kind, S base, S delta, RetractedEntries retracted) {
        this.kind = kind;
        this.base = base;
        this.delta = delta;
        this.retracted = retracted;
    }

    /** One base of these rows. */
    static <E, S> Layers<E, S> of(Kind<E, S> kind, S base) {
        return new Layers<>(kind, base, kind.index(kind.empty()), RetractedEntries.none());
    }

    /**
     * These layers and the given rows; an entry already present takes its new row (the older one is shadowed). An
     * entry given twice in one batch is refused: which row it should take would be a guess.
     */
    Layers<E, S> with(E additions) {
        if (kind.size(additions) == 0) {
            return this;
        }
        long[] added = kind.entries(additions);
        RetractedEntries replaced = RetractedEntries.of(added);
        if (replaced.size() != added.length) {
            throw new IllegalArgumentException("a batch of additions names some entry twice");
        }
        E merged = kind.keepingAll(kind.rows(delta), replaced, additions);
        return new Layers<>(kind, base, kind.index(merged), retracted.plus(added));
    }

    /** These layers without the given entries; entries that are absent change nothing. */
    Layers<E, S> without(long[] entries) {
        if (entries.length == 0) {
            return this;
        }
        E rows = kind.rows(delta);
        E kept = kind.keepingAll(rows, RetractedEntries.of(entries), kind.empty());
        return new Layers<>(kind, base, kept == rows ? delta : kind.index(kept), retracted.plus(entries));
    }

    /**
     * Whether the delta or the retractions have grown enough that one rebuilt base would serve lookups better. Every
     * entry added is also among the retracted (to shadow an older copy in the base), so the larger of the two counts
     * what is pending.
     */
    boolean wantsCompaction() {
        long pending = Math.max(kind.size(kind.rows(delta)), retracted.size());
        return pending > Math.max(SMALL_DELTA, kind.size(kind.rows(base)) / DELTA_SHARE);
    }

    /** The same entries in one base: the live base rows, then the delta's. */
    Layers<E, S> compacted() {
        E deltaRows = kind.rows(delta);
        if (kind.size(deltaRows) == 0 && retracted.size() == 0) {
            return this;
        }
        return of(kind, kind.index(kind.keepingAll(kind.rows(base), retracted, deltaRows)));
    }

    int baseSize() {
        return kind.size(kind.rows(base));
    }

    int deltaSize() {
        return kind.size(kind.rows(delta));
    }
}

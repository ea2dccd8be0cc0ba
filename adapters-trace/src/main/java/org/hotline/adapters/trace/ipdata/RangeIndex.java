package org.hotline.adapters.trace.ipdata;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.hotline.domain.hosting.address.IpAddress;

/**
 * Disjoint address ranges, each with a number (what the range stands for, kept by the caller), in sorted primitive
 * arrays searched by halving: an IPv4 range takes 12 bytes, an IPv6 range (each bound as two longs) 36. Bounds are
 * stored with the sign bit flipped, so that signed comparison orders them as the unsigned numbers they are. A table
 * by the first 16 bits of the address narrows each search to the ranges starting under those bits (a handful), so
 * that a lookup touches few cache lines; it allocates nothing. Immutable once built; safe to share between threads.
 */
final class RangeIndex {

    /** No range holds the address. */
    static final int NONE = -1;
    private static final int PREFIXES = 1 << 16;

    private final int[] v4Start;
    private final int[] v4End;
    private final int[] v4Value;
    private final long[] v6StartHigh;
    private final long[] v6StartLow;
    private final long[] v6EndHigh;
    private final long[] v6EndLow;
    private final int[] v6Value;
    /** For each value of the first 16 bits, the first range starting at or above it (and one more for the end). */
    private final int[] v4Hint;
    private final int[] v6Hint;

    private RangeIndex(Builder b) {
        int[] v4 = b.v4Order();
        v4Start = permute(b.v4Start, v4);
        v4End = permute(b.v4End, v4);
        v4Value = permute(b.v4Value, v4);
        int[] v6 = b.v6Order();
        v6StartHigh = permute(b.v6StartHigh, v6);
        v6StartLow = permute(b.v6StartLow, v6);
        v6EndHigh = permute(b.v6EndHigh, v6);
        v6EndLow = permute(b.v6EndLow, v6);
        v6Value = permute(b.v6Value, v6);
        v4Hint = hints(v4Start.length, i -> (v4Start[i] ^ Integer.MIN_VALUE) >>> 16);
        v6Hint = hints(v6StartHigh.length, i -> (int) ((v6StartHigh[i] ^ Long.MIN_VALUE) >>> 48));
    }

    private static int[] hints(int count, java.util.function.IntUnaryOperator first16Bits) {
        int[] hint = new int[PREFIXES + 1];
        int range = 0;
        for (int prefix = 0; prefix <= PREFIXES; prefix++) {
            while (range < count && first16Bits.applyAsInt(range) < prefix) {
                range++;
            }
            hint[prefix] = range;
        }
        return hint;
    }

    int ipv4Count() {
        return v4Start.length;
    }

    int ipv6Count() {
        return v6StartHigh.length;
    }

    /**
     * Lays two indexes over each other: each stretch of addresses where either has a range becomes a range of the
     * result, numbered by {@code combine} from the two numbers there ({@link #NONE} where one has none). One search
     * of the result then answers for both.
     */
    static RangeIndex overlay(RangeIndex a, RangeIndex b, java.util.function.IntBinaryOperator combine) {
        Builder out = new Builder();
        Cursor one = new Cursor(a);
        Cursor other = new Cursor(b);
        IpAddress at = earliestStart(one, other);
        while (at != null) {
            one.skipRangesEndingBefore(at);
            other.skipRangesEndingBefore(at);
            if (one.done() && other.done()) {
                break;
            }
            if (!one.covers(at) && !other.covers(at)) {
                at = earliestStart(one, other);
                continue;
            }
            IpAddress end = earlier(one.stretchEnd(at), other.stretchEnd(at));
            out.add(at, end, combine.applyAsInt(one.valueAt(at), other.valueAt(at)));
            at = successor(end);
        }
        return out.build();
    }

    /** The first address of the earlier current range of two cursors; null when both are done. */
    private static IpAddress earliestStart(Cursor one, Cursor other) {
        if (one.done()) {
            return other.done() ? null : other.first;
        }
        return other.done() || one.first.compareTo(other.first) <= 0 ? one.first : other.first;
    }

    /** Walks the ranges of an index in address order, keeping the bounds of the current one. */
    private static final class Cursor {
        private final RangeIndex index;
        private int range;
        private IpAddress first;
        private IpAddress last;

        Cursor(RangeIndex index) {
            this.index = index;
            load();
        }

        boolean done() {
            return range >= index.size();
        }

        void skipRangesEndingBefore(IpAddress at) {
            while (!done() && last.compareTo(at) < 0) {
                range++;
                load();
            }
        }

        boolean covers(IpAddress at) {
            return !done() && first.compareTo(at) <= 0;
        }

        int valueAt(IpAddress at) {
            return covers(at) ? index.value(range) : NONE;
        }

        /** Where a stretch starting at {@code at} ends as far as this index goes: its range's end, or before its next. */
        IpAddress stretchEnd(IpAddress at) {
            if (covers(at)) {
                return last;
            }
            return done() || first.family() != at.family() ? lastOfFamily(at) : predecessor(first);
        }

        private void load() {
            if (!done()) {
                first = index.first(range);
                last = index.last(range);
            }
        }
    }

    private static IpAddress earlier(IpAddress one, IpAddress other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    private static IpAddress lastOfFamily(IpAddress address) {
        return address.isIpv4() ? IpAddress.ipv4(0xffffffffL) : IpAddress.ipv6(-1L, -1L);
    }

    /** The next address; for the last of a family, the first IPv6 address after IPv4, and none after IPv6. */
    private static IpAddress successor(IpAddress address) {
        if (address.isIpv4()) {
            return address.low() == 0xffffffffL ? IpAddress.ipv6(0, 0) : IpAddress.ipv4(address.low() + 1);
        }
        if (address.low() != -1L) {
            return IpAddress.ipv6(address.high(), address.low() + 1);
        }
        return address.high() == -1L ? null : IpAddress.ipv6(address.high() + 1, 0);
    }

    /** The address before one that is not the first of its family. */
    private static IpAddress predecessor(IpAddress address) {
        if (address.isIpv4()) {
            return IpAddress.ipv4(address.low() - 1);
        }
        return address.low() != 0 ? IpAddress.ipv6(address.high(), address.low() - 1) : IpAddress.ipv6(address.high() - 1, -1L);
    }

    /** How many ranges, IPv4 and IPv6; they are numbered in address order, IPv4 first. */
    int size() {
        return v4Start.length + v6StartHigh.length;
    }

    IpAddress first(int range) {
        int v6 = range - v4Start.length;
        return v6 < 0 ? IpAddress.ipv4(Integer.toUnsignedLong(v4Start[range] ^ Integer.MIN_VALUE))
                : IpAddress.ipv6(v6StartHigh[v6] ^ Long.MIN_VALUE, v6StartLow[v6] ^ Long.MIN_VALUE);
    }

    IpAddress last(int range) {
        int v6 = range - v4Start.length;
        return v6 < 0 ? IpAddress.ipv4(Integer.toUnsignedLong(v4End[range] ^ Integer.MIN_VALUE))
                : IpAddress.ipv6(v6EndHigh[v6] ^ Long.MIN_VALUE, v6EndLow[v6] ^ Long.MIN_VALUE);
    }

    int value(int range) {
        int v6 = range - v4Start.length;
        return v6 < 0 ? v4Value[range] : v6Value[v6];
    }

    /** The number of the range holding the address, or {@link #NONE}. */
    int find(IpAddress address) {
        return address.isIpv4() ? findIpv4((int) address.low()) : findIpv6(address.high(), address.low());
    }

    /** The number of the range holding an IPv4 address given as its 32 bits, or {@link #NONE}. */
    int findIpv4(int bits) {
        int key = bits ^ Integer.MIN_VALUE;
        int prefix = bits >>> 16;
        int low = v4Hint[prefix];
        int high = v4Hint[prefix + 1] - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (v4Start[middle] <= key) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return high >= 0 && v4End[high] >= key ? v4Value[high] : NONE;
    }

    /** The number of the range holding an IPv6 address given as its two halves, or {@link #NONE}. */
    int findIpv6(long addressHigh, long addressLow) {
        long keyHigh = addressHigh ^ Long.MIN_VALUE;
        long keyLow = addressLow ^ Long.MIN_VALUE;
        int prefix = (int) (addressHigh >>> 48);
        int low = v6Hint[prefix];
        int high = v6Hint[prefix + 1] - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long startHigh = v6StartHigh[middle];
            if (startHigh < keyHigh || (startHigh == keyHigh && v6StartLow[middle] <= keyLow)) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (high < 0) {
            return NONE;
        }
        long endHigh = v6EndHigh[high];
        boolean within = endHigh > keyHigh || (endHigh == keyHigh && v6EndLow[high] >= keyLow);
        return within ? v6Value[high] : NONE;
    }

    private static int[] permute(int[] values, int[] order) {
        int[] sorted = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = values[order[i]];
        }
        return sorted;
    }

    private static long[] permute(long[] values, int[] order) {
        long[] sorted = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = values[order[i]];
        }
        return sorted;
    }

    /**
     * Collects ranges in any order; {@link #build} sorts them by their first address. A range that continues the
     * one added just before it, with the same number, extends it instead of taking a place of its own.
     */
    static final class Builder {
        private static final int FIRST_SIZE = 1024;

        private int v4Count;
        private int[] v4Start = new int[FIRST_SIZE];
        private int[] v4End = new int[FIRST_SIZE];
        private int[] v4Value = new int[FIRST_SIZE];
        private int v6Count;
        private long[] v6StartHigh = new long[FIRST_SIZE];
        private long[] v6StartLow = new long[FIRST_SIZE];
        private long[] v6EndHigh = new long[FIRST_SIZE];
        private long[] v6EndLow = new long[FIRST_SIZE];
        private int[] v6Value = new int[FIRST_SIZE];

        /** Adds a range; false (and nothing added) when its ends are of two families or in the wrong order. */
        boolean add(IpAddress first, IpAddress last, int value) {
            if (first.family() != last.family() || first.compareTo(last) > 0 || value < 0) {
                return false;
            }
            if (first.isIpv4()) {
                addIpv4((int) first.low() ^ Integer.MIN_VALUE, (int) last.low() ^ Integer.MIN_VALUE, value);
            } else {
                addIpv6(first, last, value);
            }
            return true;
        }

        private void addIpv4(int start, int end, int value) {
            int previous = v4Count - 1;
            if (previous >= 0 && v4Value[previous] == value && v4End[previous] != Integer.MAX_VALUE
                    && v4End[previous] + 1 == start) {
                v4End[previous] = end;
                return;
            }
            if (v4Count == v4Start.length) {
                v4Start = Arrays.copyOf(v4Start, v4Count * 2);
                v4End = Arrays.copyOf(v4End, v4Count * 2);
                v4Value = Arrays.copyOf(v4Value, v4Count * 2);
            }
            v4Start[v4Count] = start;
            v4End[v4Count] = end;
            v4Value[v4Count] = value;
            v4Count++;
        }

        private void addIpv6(IpAddress first, IpAddress last, int value) {
            int previous = v6Count - 1;
            if (previous >= 0 && v6Value[previous] == value && follows(previous, first)) {
                v6EndHigh[previous] = last.high() ^ Long.MIN_VALUE;
                v6EndLow[previous] = last.low() ^ Long.MIN_VALUE;
                return;
            }
            if (v6Count == v6StartHigh.length) {
                int size = v6Count * 2;
                v6StartHigh = Arrays.copyOf(v6StartHigh, size);
                v6StartLow = Arrays.copyOf(v6StartLow, size);
                v6EndHigh = Arrays.copyOf(v6EndHigh, size);
                v6EndLow = Arrays.copyOf(v6EndLow, size);
                v6Value = Arrays.copyOf(v6Value, size);
            }
            v6StartHigh[v6Count] = first.high() ^ Long.MIN_VALUE;
            v6StartLow[v6Count] = first.low() ^ Long.MIN_VALUE;
            v6EndHigh[v6Count] = last.high() ^ Long.MIN_VALUE;
            v6EndLow[v6Count] = last.low() ^ Long.MIN_VALUE;
            v6Value[v6Count] = value;
            v6Count++;
        }

        /** True when the address comes right after the end of the range (the next number, carrying into the high half). */
        private boolean follows(int range, IpAddress address) {
            long endHigh = v6EndHigh[range] ^ Long.MIN_VALUE;
            long endLow = v6EndLow[range] ^ Long.MIN_VALUE;
            long nextLow = endLow + 1;
            long nextHigh = nextLow == 0 ? endHigh + 1 : endHigh;
            boolean overflow = endLow == -1L && endHigh == -1L;
            return !overflow && address.high() == nextHigh && address.low() == nextLow;
        }

        RangeIndex build() {
            return new RangeIndex(this);
        }

        private int[] v4Order() {
            return order(v4Count, (a, b) -> Integer.compare(v4Start[a], v4Start[b]));
        }

        private int[] v6Order() {
            return order(v6Count, (a, b) -> {
                int byHigh = Long.compare(v6StartHigh[a], v6StartHigh[b]);
                return byHigh != 0 ? byHigh : Long.compare(v6StartLow[a], v6StartLow[b]);
            });
        }

        /** The ranges in order of their first address: as added when already sorted (as the data comes), else sorted. */
        private static int[] order(int count, Comparator<Integer> comparator) {
            boolean sorted = true;
            for (int i = 1; i < count && sorted; i++) {
                sorted = comparator.compare(i - 1, i) <= 0;
            }
            IntStream indexes = IntStream.range(0, count);
            return sorted ? indexes.toArray() : indexes.boxed().sorted(comparator).mapToInt(Integer::intValue).toArray();
        }
    }
}

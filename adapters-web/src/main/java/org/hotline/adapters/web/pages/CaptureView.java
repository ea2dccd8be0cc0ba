package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * Where a case's capture stands and what its latest capture measured, as the case page shows it: never content, only
 * measurements, and for each image that was measured the address of its blurred preview (made on request).
 *
 * @param state the latest job's state ({@code NONE}, {@code PENDING}, {@code RETRYING}, {@code RUNNING}, {@code DONE},
 *     {@code FAILED}), for styling and tests
 * @param stateText the state in words, with when and why
 * @param mayCaptureAgain true when the reader may ask for another capture now (none is waiting)
 * @param latest the latest capture recorded, if any
 * @param earlier how many captures were recorded before it
 */
public record CaptureView(String state, String stateText, boolean mayCaptureAgain, Optional<Recorded> latest,
        int earlier) {

    /**
     * One recorded capture.
     *
     * @param facts what was measured of the page, as label and value, in the order shown
     * @param failure why the capture failed, if it did
     */
    public record Recorded(String at, List<Fact> facts, Optional<String> failure, List<Item> items, int itemsOmitted) {
    }

    /** A label and its value. */
    public record Fact(String label, String value) {
    }

    /**
     * One item as measured.
     *
     * @param facts what was measured of it (where it was found, type, size, dimensions), label and value
     * @param hashes its fingerprints (SHA-256, SHA-1, MD5, PDQ with quality), label and hexadecimal value
     * @param previewPath where its blurred preview is fetched from, for an image that was measured
     * @param revealed the revealed preview as a {@code data:} address, in the answer to the reveal only
     * @param known the entries of lists of known content the item matched, for an item some list holds
     */
    public record Item(String id, String address, List<Fact> facts, List<Fact> hashes, Optional<String> failure,
            Optional<String> previewPath, Optional<String> revealed, Optional<Known> known) {
    }

    /**
     * An item already known: not shown, and its preview not offered, unless the reader asks for it.
     *
     * @param matches each entry it matched: the list (and its jurisdiction) as label, the classification, entry and
     *     distance as value
     * @param showPath where the reader asks to see its preview after all; none once they have
     */
    public record Known(List<Fact> matches, Optional<String> showPath) {
    }
}

package org.hotline.domain.capture.job;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.knowncontent.KnownMatch;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * What capture asks of the lists of known content: which entries each captured item matches, kept with the capture;
 * and, once the capture is kept, what follows from it for the case (the system classifies a case whose items are all
 * known as illegal under the home jurisdiction's classification).
 */
@SecondaryPort
public interface KnownAtCapture {

    /** No lists: no item is known, and nothing follows. */
    KnownAtCapture NONE = new KnownAtCapture() {
        @Override
        public Seq<Seq<KnownMatch>> match(Capture capture) {
            return capture.items().map(item -> List.empty());
        }

        @Override
        public void captured(RecordedCapture recorded) {
        }
    };

    /** The entries each item of the capture matches, nearest first, in the capture's order (none where it is not known). */
    Seq<Seq<KnownMatch>> match(Capture capture);

    /** The capture is kept: acts on what its items matched. */
    void captured(RecordedCapture recorded);
}

package org.hotline.application;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.hotline.domain.assessment.ClassifyKnownContent;
import org.hotline.domain.assessment.KnownContentRefusal;
import org.hotline.domain.assessment.KnownItemEvidence;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.job.KnownAtCapture;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.knowncontent.KnownItems;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.knowncontent.KnownItems.Item;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Capture meets known content: each item with fingerprints is matched against the index of every list (under the
 * home jurisdiction), and a kept capture is handed to the system's classification, which classifies the case when
 * every item is known as illegal under the home jurisdiction's classification and otherwise leaves it to analysts.
 */
final class KnownContentAtCapture implements KnownAtCapture {

    private static final Logger LOG = LoggerFactory.getLogger(KnownContentAtCapture.class);

    private final KnownItems items;
    private final ClassifyKnownContent classification;

    KnownContentAtCapture(KnownItems items, ClassifyKnownContent classification) {
        this.items = Objects.requireNonNull(items, "items");
        this.classification = Objects.requireNonNull(classification, "classification");
    }

    @Override
    public Seq<Seq<KnownMatch>> match(Capture capture) {
        return capture.items().map(item -> item.fingerprints()
                .map(fingerprints -> items.match(List.of(new Item(fingerprints, Option.none()))).items().head().matches())
                .getOrElse(List.empty()));
    }

    @Override
    public void captured(RecordedCapture recorded) {
        if (recorded.knownItems() == 0) {
            return;
        }
        Seq<KnownItemEvidence> evidence = recorded.items()
                .map(item -> new KnownItemEvidence(item.item().address().canonical(), item.known()));
        classification.classify(recorded.caseId(), evidence).peek(done -> LOG.atInfo()
                .addKeyValue("case", recorded.caseId()).addKeyValue("items", evidence.size())
                .log("case classified by the system: every item is known as illegal"))
                .peekLeft(refused -> {
                    if (refused.reason() != KnownContentRefusal.NOT_ALL_KNOWN_ILLEGAL) {
                        LOG.atInfo().addKeyValue("case", recorded.caseId()).addKeyValue("reason", refused.code())
                                .log("case not classified by the system: " + refused.detail());
                    }
                });
    }
}

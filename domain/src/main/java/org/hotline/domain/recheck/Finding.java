package org.hotline.domain.recheck;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.capture.Answer;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CapturedItem;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.hosting.IpData;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.report.ReportedUrl;

/**
 * What a re-check's fresh capture says of the content, against the case's latest capture and its settled hosting
 * country: the outcome and, in English, why.
 */
public record Finding(RecheckOutcome outcome, String detail) {

    public Finding {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * Gone when the page answers 404 or 410 or its name no longer resolves; unreachable when it could not be fetched
     * otherwise; moved when it answers from another host than the address's or from an address the IP data places in
     * another country than the one settled; changed when none or only some of the fingerprinted items of the latest
     * capture are there; else still there.
     */
    static Finding of(ReportedUrl address, Capture now, Option<RecordedCapture> before, Option<CountryCode> settled,
            IpData.View ipData) {
        if (now.failure().isDefined()) {
            return failed(now.failure().get());
        }
        Answer answer = now.answer().get();
        if (!answer.address().host().equals(address.host())) {
            return new Finding(RecheckOutcome.MOVED, "The address now leads to another host, "
                    + answer.address().host() + ".");
        }
        Option<CountryCode> country = IpAddress.parse(answer.connectedTo().text())
                .flatMap(ip -> ipData.lookUp(ip).country());
        if (settled.isDefined() && country.isDefined() && !country.equals(settled)) {
            return new Finding(RecheckOutcome.MOVED, "The page is now served from " + answer.connectedTo().text()
                    + ", in " + country.get().value() + " (settled: " + settled.get().value() + ").");
        }
        return compared(digests(before.map(kept -> kept.capture().items()).getOrElse(io.vavr.collection.List.empty())),
                digests(now.items()), answer.status());
    }

    private static Finding failed(CaptureFailure failure) {
        if (failure instanceof CaptureFailure.Unsuccessful unsuccessful
                && (unsuccessful.status() == 404 || unsuccessful.status() == 410)) {
            return new Finding(RecheckOutcome.GONE, "The server answered " + unsuccessful.status() + ".");
        }
        if (failure instanceof CaptureFailure.NameNotResolved) {
            return new Finding(RecheckOutcome.GONE, failure.detail());
        }
        return new Finding(RecheckOutcome.UNREACHABLE, failure.detail());
    }

    private static Finding compared(Set<String> before, Set<String> now, int status) {
        if (before.isEmpty() || before.forAll(now::contains)) {
            return new Finding(RecheckOutcome.STILL_THERE, "The page answered " + status + (before.isEmpty() ? "."
                    : " with the " + before.size() + " fingerprinted item(s) captured before."));
        }
        int missing = before.count(digest -> !now.contains(digest));
        return new Finding(RecheckOutcome.CHANGED, "The page answered " + status + "; " + missing + " of the "
                + before.size() + " fingerprinted item(s) captured before are no longer there, "
                + now.count(digest -> !before.contains(digest)) + " new.");
    }

    /** The SHA-256 digests of the items fingerprinted. */
    private static Set<String> digests(Seq<CapturedItem> items) {
        return items.flatMap(CapturedItem::fingerprints).map(prints -> prints.sha256().hex()).toSet();
    }
}

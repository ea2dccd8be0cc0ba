package org.hotline.domain.hosting.casework;

import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.List;
import org.hotline.domain.CountryCode;
import org.hotline.domain.exchange.ItemFingerprint;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.exchange.ReferralId;
import org.hotline.domain.exchange.SenderVerdict;
import org.hotline.domain.hosting.CountryCandidate;
import org.hotline.domain.hosting.HostingSummary;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.Case;

/** The referral a case settled "to refer" makes: its address, its trace in words, the verdict it follows. */
final class ReferralOf {

    private ReferralOf() {
    }

    static Referral of(UUID id, CountryCode home, Case found, CountryCode country, HostingSummary summary,
            Classification classification, List<ItemFingerprint> items, Instant now) {
        return new Referral(new ReferralId(id), home, country, found.url().canonical(), trace(summary, country),
                verdict(classification), items, now);
    }

    static SenderVerdict verdict(Classification classification) {
        Verdict verdict = classification.verdict();
        String category = verdict instanceof Verdict.Illegal illegal
                ? illegal.references().map(StatuteReference::citation).mkString("; ")
                        + illegal.severity().map(severity -> "; " + severity).getOrElse("")
                : "";
        return new SenderVerdict(verdict.kind(), category, classification.baseline(), classification.ruleBook());
    }

    /** The candidate countries with their hosts, addresses and networks, then the cautions, one a line. */
    static String trace(HostingSummary summary, CountryCode settled) {
        StringBuilder text = new StringBuilder("Settled hosting country: ").append(settled).append('\n');
        for (CountryCandidate candidate : summary.candidates()) {
            text.append(candidate.country()).append(": ")
                    .append(candidate.hosts().map(org.hotline.domain.hosting.address.Host::text).mkString(", ")).append(" at ")
                    .append(candidate.addresses().map(Object::toString).mkString(", "))
                    .append(candidate.cdnNetworks().isEmpty() ? "" : " (CDN: " + candidate.cdnNetworks().mkString(", ") + ")")
                    .append('\n');
        }
        summary.cautions().forEach(caution -> text.append("Caution: ").append(caution.describe()).append('\n'));
        String written = text.toString().strip();
        return written.length() <= Referral.MAX_TRACE ? written : written.substring(0, Referral.MAX_TRACE);
    }
}

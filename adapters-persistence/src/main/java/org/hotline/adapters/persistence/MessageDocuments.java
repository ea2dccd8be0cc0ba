package org.hotline.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.exchange.ExchangeMessage;
import org.hotline.domain.exchange.ItemFingerprint;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.exchange.ReferralId;
import org.hotline.domain.exchange.ReferralStatus;
import org.hotline.domain.exchange.SenderVerdict;
import org.hotline.domain.exchange.StatusReport;

/**
 * Exchange messages as the JSON documents of the outbox and the hub's tables: adapter-private records written from
 * the domain's values and read back into them (which check themselves again).
 */
final class MessageDocuments {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    record ItemDoc(String sha256, String pdq) {
    }

    /** One message: a referral (kind REFERRAL) or a status (kind STATUS), with the fields of its kind. */
    record MessageDoc(String kind, UUID id, UUID referral, String from, String to, String address, String trace,
            String verdictKind, String category, Boolean baseline, String ruleBook, List<ItemDoc> items, String at,
            String status, String note, String movedTo) {
    }

    private MessageDocuments() {
    }

    static String kindOf(ExchangeMessage message) {
        return message instanceof Referral ? "REFERRAL" : "STATUS";
    }

    static String write(ExchangeMessage message) {
        try {
            return JSON.writeValueAsString(document(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an exchange message could not be written as JSON", e);
        }
    }

    static ExchangeMessage read(String json) {
        try {
            return message(JSON.readValue(json, MessageDoc.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored exchange message could not be read", e);
        }
    }

    static List<ItemDoc> items(io.vavr.collection.List<ItemFingerprint> items) {
        return items.map(item -> new ItemDoc(item.sha256(), item.pdq().getOrNull())).toJavaList();
    }

    static String writeItems(io.vavr.collection.List<ItemFingerprint> items) {
        try {
            return JSON.writeValueAsString(items(items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fingerprints could not be written as JSON", e);
        }
    }

    static io.vavr.collection.List<ItemFingerprint> readItems(String json) {
        try {
            return fingerprints(List.of(JSON.readValue(json, ItemDoc[].class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fingerprints could not be read", e);
        }
    }

    private static io.vavr.collection.List<ItemFingerprint> fingerprints(List<ItemDoc> items) {
        return io.vavr.collection.List.ofAll(items).map(item -> new ItemFingerprint(item.sha256(), Option.of(item.pdq())));
    }

    private static MessageDoc document(ExchangeMessage message) {
        if (message instanceof Referral referral) {
            SenderVerdict verdict = referral.verdict();
            return new MessageDoc("REFERRAL", referral.messageId(), referral.id().value(), referral.from().value(),
                    referral.to().value(), referral.address(), referral.hostingTrace(), verdict.kind(),
                    verdict.nationalCategory(), verdict.baseline(), verdict.ruleBook(), items(referral.items()),
                    referral.at().toString(), null, null, null);
        }
        StatusReport status = (StatusReport) message;
        return new MessageDoc("STATUS", status.messageId(), status.referral().value(), null, null, null, null, null, null,
                null, null, null, status.at().toString(), status.status().code(), status.note(),
                status.movedTo().map(CountryCode::value).getOrNull());
    }

    private static ExchangeMessage message(MessageDoc doc) {
        if ("REFERRAL".equals(doc.kind())) {
            return new Referral(new ReferralId(doc.referral()), new CountryCode(doc.from()), new CountryCode(doc.to()),
                    doc.address(), doc.trace(), new SenderVerdict(doc.verdictKind(), doc.category(), doc.baseline(),
                            doc.ruleBook()), fingerprints(doc.items()), Instant.parse(doc.at()));
        }
        return new StatusReport(doc.id(), new ReferralId(doc.referral()),
                ReferralStatus.ofCode(doc.status()).getOrElseThrow(() -> new IllegalStateException("unknown status")),
                Instant.parse(doc.at()), doc.note(), Option.of(doc.movedTo()).map(CountryCode::new));
    }
}

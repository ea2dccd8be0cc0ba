package org.hotline.domain.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.exchange.ExchangeMessage;
import org.hotline.domain.exchange.Outbox;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.exchange.ReferralId;
import org.hotline.domain.exchange.ReferralRecord;
import org.hotline.domain.exchange.ReferralRecords;
import org.hotline.domain.exchange.StatusReport;
import org.hotline.domain.report.CaseId;

/** A hotline's referrals and its outbox in memory, for tests. */
public final class InMemoryReferrals implements ReferralRecords, Outbox {

    private final Map<String, ReferralRecord> records = new LinkedHashMap<>();
    private final java.util.List<ExchangeMessage> outbox = new ArrayList<>();

    @Override
    public synchronized boolean add(ReferralRecord.Direction direction, CaseId caseId, Referral referral) {
        return records.putIfAbsent(direction + "/" + referral.id(), new ReferralRecord(referral, caseId, direction,
                List.empty())) == null;
    }

    @Override
    public synchronized Option<ReferralRecord> find(ReferralRecord.Direction direction, ReferralId id) {
        return Option.of(records.get(direction + "/" + id));
    }

    @Override
    public synchronized boolean addStatus(ReferralRecord.Direction direction, StatusReport status) {
        ReferralRecord found = records.get(direction + "/" + status.referral());
        if (found == null || found.statuses().exists(kept -> kept.messageId().equals(status.messageId()))) {
            return false;
        }
        records.put(direction + "/" + status.referral(), new ReferralRecord(found.referral(), found.caseId(), direction,
                found.statuses().append(status)));
        return true;
    }

    @Override
    public synchronized Seq<ReferralRecord> ofCase(CaseId caseId) {
        return List.ofAll(records.values()).filter(record -> record.caseId().equals(caseId));
    }

    @Override
    public synchronized void put(ExchangeMessage message) {
        if (outbox.stream().noneMatch(kept -> kept.messageId().equals(message.messageId()))) {
            outbox.add(message);
        }
    }

    /** What the outbox holds, oldest first. */
    public synchronized Seq<ExchangeMessage> outbox() {
        return List.ofAll(outbox);
    }
}

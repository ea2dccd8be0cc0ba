package org.hotline.adapters.exchange.hub;

import java.time.Instant;

import org.hotline.adapters.exchange.wire.Wire;
import org.hotline.domain.exchange.HubMailbox;
import org.hotline.domain.exchange.Member;

/** Members as the administrator's answers show them. */
final class MemberDocs {

    private MemberDocs() {
    }

    static Wire.MemberDoc of(Member member, HubMailbox.Traffic traffic, String token) {
        return new Wire.MemberDoc(member.id().value(), member.name(), member.countries().toJavaList(),
                member.since().toString(), member.withdrawn().map(Instant::toString).getOrNull(),
                traffic == null ? null : traffic.sent(), traffic == null ? null : traffic.waiting(),
                traffic == null ? null : traffic.delivered(), token);
    }
}

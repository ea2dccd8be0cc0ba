package org.hotline.domain.exchange;

import java.time.Instant;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The hub's members and their credentials, kept as SHA-256 digests of the tokens (never the tokens). */
@SecondaryPort
public interface MemberRegistry {

    /** Adds a member with its token's digest; false when one of its countries is served already (nothing added). */
    boolean enrol(Member member, String tokenDigest);

    /** The active member whose token has this digest. */
    Option<Member> byTokenDigest(String tokenDigest);

    /** The active member serving the country. */
    Option<Member> serving(CountryCode country);

    Option<Member> byId(MemberId id);

    /** Replaces an active member's token digest; false when there is no such active member. */
    boolean replaceToken(MemberId id, String tokenDigest);

    /** Withdraws an active member: its token stops working and its countries are free; false when none was active. */
    boolean withdraw(MemberId id, Instant at);

    /** Every member, active ones first, by name. */
    Seq<Member> all();
}

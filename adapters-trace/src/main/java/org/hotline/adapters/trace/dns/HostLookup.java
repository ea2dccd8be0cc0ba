package org.hotline.adapters.trace.dns;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.vavr.control.Option;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.hosting.dns.AddressRecord;
import org.hotline.domain.hosting.dns.CnameRecord;
import org.hotline.domain.hosting.dns.DnsAnswer;
import org.hotline.domain.hosting.dns.DnsOutcome;
import org.hotline.domain.hosting.dns.NameServerRecord;
import org.hotline.domain.hosting.dns.NameServers;
import org.hotline.domain.hosting.dns.RecordType;
import org.hotline.domain.hosting.dns.Resolution;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Resolves one host name: its A and AAAA records through any CNAME chain, and the name servers of its zone. The
 * chain is followed across answers (a resolver may give it in pieces) up to {@link #MAX_CHAIN} links; a name met
 * twice is a loop. Every end is an outcome; nothing here throws for what DNS answers.
 */
final class HostLookup {

    static final int MAX_CHAIN = 16;
    /** Questions asked for one kind of record, following a chain given in pieces. */
    private static final int MAX_QUESTIONS = 8;
    /** Names walked up from the host to find its zone. */
    private static final int MAX_ZONE_STEPS = 8;

    private final Questioner questioner;

    HostLookup(DnsSettings settings) {
        this.questioner = new Questioner(settings);
    }

    Resolution resolve(DomainName name) {
        return new Resolution(name, addresses(name, RecordType.A), addresses(name, RecordType.AAAA), nameServers(name));
    }

    private DnsAnswer addresses(DomainName name, RecordType type) {
        List<CnameRecord> chain = new ArrayList<>();
        Set<DomainName> seen = new LinkedHashSet<>(List.of(name));
        DomainName current = name;
        Option<String> resolver = Option.none();
        for (int question = 0; question < MAX_QUESTIONS; question++) {
            Questioner.Reply reply = questioner.ask(dnsName(current), type == RecordType.A ? Type.A : Type.AAAA);
            if (reply instanceof Questioner.Unanswered unanswered) {
                return DnsAnswer.without(type, unanswered.resolver(), io.vavr.collection.List.ofAll(chain), unanswered.outcome());
            }
            Questioner.Answered answered = (Questioner.Answered) reply;
            resolver = Option.some(answered.resolver());
            Message response = answered.response();
            int before = chain.size();
            Option<DnsOutcome> broken = followChain(response, chain, seen);
            DomainName end = chain.isEmpty() ? name : chain.get(chain.size() - 1).target();
            current = end;
            if (broken.isDefined()) {
                return DnsAnswer.without(type, resolver, io.vavr.collection.List.ofAll(chain), broken.get());
            }
            Option<DnsAnswer> settled = settle(type, answered.resolver(), response, end, chain, chain.size() > before);
            if (settled.isDefined()) {
                return settled.get();
            }
        }
        return DnsAnswer.without(type, resolver, io.vavr.collection.List.ofAll(chain),
                new DnsOutcome.CnameChainTooLong(chain.size()));
    }

    /**
     * What the answer at the end of the chain says: its records, no such name, a referral, or nothing; none when
     * the answer only carried the chain on and its end must be asked about.
     */
    private static Option<DnsAnswer> settle(RecordType type, String resolver, Message response, DomainName end,
            List<CnameRecord> chain, boolean chainGrew) {
        var cnames = io.vavr.collection.List.ofAll(chain);
        List<AddressRecord> records = addressRecords(response, end, type);
        if (!records.isEmpty()) {
            return Option.some(DnsAnswer.complete(type, resolver, cnames, io.vavr.collection.List.ofAll(records)));
        }
        if (response.getRcode() == Rcode.NXDOMAIN) {
            return Option.some(DnsAnswer.without(type, Option.some(resolver), cnames, new DnsOutcome.NameNotFound(end)));
        }
        if (chainGrew) {
            return Option.none();
        }
        Option<DnsOutcome> referral = referral(resolver, response);
        return Option.some(DnsAnswer.without(type, Option.some(resolver), cnames,
                referral.getOrElse(new DnsOutcome.NoRecords())));
    }

    /** Adds the answer's CNAME links from the end of the chain on; the outcome when the chain loops or runs too long. */
    private static Option<DnsOutcome> followChain(Message response, List<CnameRecord> chain, Set<DomainName> seen) {
        DomainName current = chain.isEmpty() ? seen.iterator().next() : chain.get(chain.size() - 1).target();
        while (true) {
            Option<CNAMERecord> link = cnameOf(response, current);
            if (link.isEmpty()) {
                return Option.none();
            }
            Option<DomainName> target = domainName(link.get().getTarget());
            if (target.isEmpty()) {
                return Option.some(new DnsOutcome.Failed("the CNAME of " + current + " is not a host name: "
                        + Questioner.printable(link.get().getTarget().toString())));
            }
            chain.add(new CnameRecord(current, target.get(), ttl(link.get())));
            if (!seen.add(target.get())) {
                var names = io.vavr.collection.List.ofAll(seen).dropWhile(n -> !n.equals(target.get()));
                return Option.some(new DnsOutcome.CnameLoop(names));
            }
            if (chain.size() > MAX_CHAIN) {
                return Option.some(new DnsOutcome.CnameChainTooLong(MAX_CHAIN));
            }
            current = target.get();
        }
    }

    /**
     * A resolver that answers with a referral (no answer, name servers in the authority section, not authoritative,
     * no recursion) did not resolve the name: the server it reached does not answer for it.
     */
    private static Option<DnsOutcome> referral(String resolver, Message response) {
        boolean noAnswer = response.getSection(Section.ANSWER).isEmpty();
        List<Record> authority = response.getSection(Section.AUTHORITY);
        boolean delegates = authority.stream().anyMatch(r -> r instanceof NSRecord)
                && authority.stream().noneMatch(r -> r instanceof SOARecord);
        boolean authoritative = response.getHeader().getFlag(Flags.AA);
        boolean recursive = response.getHeader().getFlag(Flags.RA);
        if (noAnswer && delegates && !authoritative && !recursive) {
            String servers = authority.stream().filter(r -> r instanceof NSRecord)
                    .map(r -> Questioner.printable(((NSRecord) r).getTarget().toString(true)))
                    .distinct().limit(4).reduce((a, b) -> a + ", " + b).orElse("");
            return Option.some(new DnsOutcome.LameDelegation(resolver + " answered with a referral to " + servers
                    + " instead of an answer"));
        }
        return Option.none();
    }

    private NameServers nameServers(DomainName name) {
        Option<DomainName> candidate = Option.some(name);
        Option<String> resolver = Option.none();
        for (int step = 0; step < MAX_ZONE_STEPS && candidate.isDefined() && candidate.get().parent().isDefined(); step++) {
            DomainName zone = candidate.get();
            Questioner.Reply reply = questioner.ask(dnsName(zone), Type.NS);
            if (reply instanceof Questioner.Unanswered unanswered) {
                return NameServers.none(unanswered.resolver(), unanswered.outcome());
            }
            Questioner.Answered answered = (Questioner.Answered) reply;
            resolver = Option.some(answered.resolver());
            List<NameServerRecord> servers = nameServerRecords(answered.response(), zone);
            if (!servers.isEmpty()) {
                return NameServers.of(zone, io.vavr.collection.List.ofAll(servers), answered.resolver());
            }
            candidate = zoneAbove(answered.response(), zone);
        }
        return NameServers.none(resolver, new DnsOutcome.NoRecords());
    }

    /** The zone to ask next: the one the answer's SOA names, when it lies above; else one label up. */
    private static Option<DomainName> zoneAbove(Message response, DomainName asked) {
        boolean aliased = cnameOf(response, asked).isDefined();
        Option<DomainName> soaZone = response.getSection(Section.AUTHORITY).stream()
                .filter(r -> r instanceof SOARecord).findFirst()
                .flatMap(r -> domainName(r.getName()).toJavaOptional())
                .filter(zone -> !aliased && !zone.equals(asked) && asked.isWithin(zone))
                .map(Option::some).orElse(Option.none());
        return soaZone.orElse(asked::parent);
    }

    private static List<AddressRecord> addressRecords(Message response, DomainName owner, RecordType type) {
        List<AddressRecord> records = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (!ownedBy(record, owner)) {
                continue;
            }
            Option<IpAddress> address = Option.none();
            if (type == RecordType.A && record instanceof ARecord a) {
                address = IpAddress.ofBytes(a.getAddress().getAddress());
            } else if (type == RecordType.AAAA && record instanceof AAAARecord aaaa) {
                address = IpAddress.ofBytes(aaaa.getAddress().getAddress());
            }
            address.forEach(ip -> records.add(new AddressRecord(owner, ip, ttl(record))));
        }
        return records;
    }

    private static List<NameServerRecord> nameServerRecords(Message response, DomainName zone) {
        List<NameServerRecord> servers = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record instanceof NSRecord ns && ownedBy(record, zone)) {
                domainName(ns.getTarget()).forEach(server -> servers.add(new NameServerRecord(server, ttl(record))));
            }
        }
        return servers;
    }

    private static Option<CNAMERecord> cnameOf(Message response, DomainName owner) {
        return response.getSection(Section.ANSWER).stream()
                .filter(r -> r instanceof CNAMERecord && ownedBy(r, owner)).map(r -> (CNAMERecord) r).findFirst()
                .map(Option::some).orElse(Option.none());
    }

    private static boolean ownedBy(Record record, DomainName owner) {
        return domainName(record.getName()).contains(owner);
    }

    /** A time to live over 2^31 - 1 is read as 0 (RFC 2181). */
    private static long ttl(Record record) {
        long ttl = record.getTTL();
        return ttl > Integer.MAX_VALUE || ttl < 0 ? 0 : ttl;
    }

    static Option<DomainName> domainName(Name name) {
        return DomainName.parse(name.toString(true)).toOption();
    }

    static Name dnsName(DomainName name) {
        try {
            return Name.fromString(name.value(), Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a DNS name: " + name, e);
        }
    }
}

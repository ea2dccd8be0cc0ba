package org.hotline.domain.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.hosting.dns.AddressRecord;
import org.hotline.domain.hosting.dns.CnameRecord;
import org.hotline.domain.hosting.dns.DnsAnswer;
import org.hotline.domain.hosting.dns.DnsOutcome;
import org.hotline.domain.hosting.dns.NameResolver;
import org.hotline.domain.hosting.dns.NameServerRecord;
import org.hotline.domain.hosting.dns.NameServers;
import org.hotline.domain.hosting.dns.RecordType;
import org.hotline.domain.hosting.dns.Resolution;

/**
 * A resolver over zones a test writes: addresses, aliases and failures by name. A name it was not told of does not
 * exist. It remembers the names it was asked about.
 */
public final class InMemoryNameResolver implements NameResolver {

    public static final String RESOLVER = "in-memory";
    private static final long TTL = 300;

    private final Map<DomainName, java.util.List<IpAddress>> addresses = new LinkedHashMap<>();
    private final Map<DomainName, DomainName> aliases = new LinkedHashMap<>();
    private final Map<DomainName, DnsOutcome> failures = new LinkedHashMap<>();
    private final java.util.List<DomainName> asked = new ArrayList<>();

    /** The name has these addresses (IPv4 and IPv6, written out). */
    public InMemoryNameResolver address(String name, String... written) {
        var list = addresses.computeIfAbsent(name(name), n -> new ArrayList<>());
        for (String address : written) {
            list.add(IpAddress.parse(address).getOrElseThrow(() -> new IllegalArgumentException(address)));
        }
        return this;
    }

    /** The name is an alias (CNAME) of the target. */
    public InMemoryNameResolver alias(String name, String target) {
        aliases.put(name(name), name(target));
        return this;
    }

    /** Asking about the name ends this way. */
    public InMemoryNameResolver failing(String name, DnsOutcome outcome) {
        failures.put(name(name), outcome);
        return this;
    }

    /** The names asked about, in order. */
    public synchronized java.util.List<DomainName> asked() {
        return java.util.List.copyOf(asked);
    }

    @Override
    public synchronized Seq<Resolution> resolve(Seq<DomainName> names) {
        asked.addAll(names.asJava());
        return names.map(this::resolveOne);
    }

    private Resolution resolveOne(DomainName name) {
        return new Resolution(name, answer(name, RecordType.A), answer(name, RecordType.AAAA),
                NameServers.of(name, List.of(new NameServerRecord(name("ns1.example.net"), TTL)), RESOLVER));
    }

    private DnsAnswer answer(DomainName name, RecordType type) {
        var chain = new ArrayList<CnameRecord>();
        var seen = new LinkedHashSet<DomainName>();
        DomainName current = name;
        while (aliases.containsKey(current)) {
            if (!seen.add(current)) {
                return DnsAnswer.without(type, Option.some(RESOLVER), List.ofAll(chain), loopFrom(current, seen));
            }
            chain.add(new CnameRecord(current, aliases.get(current), TTL));
            current = aliases.get(current);
        }
        if (failures.containsKey(current)) {
            return DnsAnswer.without(type, Option.some(RESOLVER), List.ofAll(chain), failures.get(current));
        }
        if (!addresses.containsKey(current)) {
            return DnsAnswer.without(type, Option.some(RESOLVER), List.ofAll(chain), new DnsOutcome.NameNotFound(current));
        }
        DomainName owner = current;
        Seq<AddressRecord> records = List.ofAll(addresses.get(current))
                .filter(address -> address.isIpv4() == (type == RecordType.A))
                .map(address -> new AddressRecord(owner, address, TTL));
        return records.isEmpty()
                ? DnsAnswer.without(type, Option.some(RESOLVER), List.ofAll(chain), new DnsOutcome.NoRecords())
                : DnsAnswer.complete(type, RESOLVER, List.ofAll(chain), records);
    }

    private static DnsOutcome loopFrom(DomainName repeated, LinkedHashSet<DomainName> seen) {
        return new DnsOutcome.CnameLoop(List.ofAll(seen).dropWhile(name -> !name.equals(repeated)));
    }

    private static DomainName name(String text) {
        return DomainName.parse(text).getOrElseThrow(error -> new IllegalArgumentException(error.detail()));
    }
}

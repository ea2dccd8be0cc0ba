package org.hotline.domain.hosting;

import java.time.Instant;
import java.util.Objects;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.hosting.dns.NameResolver;
import org.hotline.domain.hosting.dns.Resolution;
import org.jmolecules.ddd.annotation.Service;

/**
 * Traces hosts: names are resolved together through DNS (addresses written in numbers are not), then every
 * address is looked up in one view of the IP data, whose version the trace records.
 */
@Service
public final class HostingTracer implements TraceHosting {

    private final NameResolver resolver;
    private final IpData ipData;
    private final Clock clock;

    public HostingTracer(NameResolver resolver, IpData ipData, Clock clock) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.ipData = Objects.requireNonNull(ipData, "ipData");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public HostingTrace tracePage(Host page, Seq<Host> items) {
        Objects.requireNonNull(page, "page");
        Seq<Host> itemHosts = items.distinct().remove(page);
        var role = items.contains(page) ? HostTrace.Role.PAGE_AND_ITEMS : HostTrace.Role.PAGE;
        return trace(itemHosts.map(host -> Tuple.of(host, HostTrace.Role.ITEMS)).prepend(Tuple.of(page, role)));
    }

    @Override
    public HostingTrace lookUp(Seq<Host> hosts) {
        return trace(hosts.distinct().map(host -> Tuple.of(host, HostTrace.Role.LOOKED_UP)));
    }

    private HostingTrace trace(Seq<Tuple2<Host, HostTrace.Role>> hosts) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a trace needs a host");
        }
        Instant started = clock.instant();
        IpData.View view = ipData.current();
        Map<DomainName, Resolution> resolutions = resolveNames(hosts.map(Tuple2::_1));
        Seq<HostTrace> traced = hosts.map(pair -> traceHost(pair._1, pair._2, resolutions, view));
        return new HostingTrace(started, clock.instant(), view.version(), traced);
    }

    private Map<DomainName, Resolution> resolveNames(Seq<Host> hosts) {
        Seq<DomainName> names = hosts.filter(host -> host instanceof Host.Named).map(host -> ((Host.Named) host).name());
        if (names.isEmpty()) {
            return HashMap.empty();
        }
        Seq<Resolution> answered = resolver.resolve(names);
        if (answered.size() != names.size() || !answered.map(Resolution::name).toList().equals(names.toList())) {
            throw new IllegalStateException("the resolver answered for other names than it was asked: " + names);
        }
        return HashMap.ofEntries(answered.map(resolution -> Tuple.of(resolution.name(), resolution)));
    }

    private static HostTrace traceHost(Host host, HostTrace.Role role, Map<DomainName, Resolution> resolutions,
            IpData.View view) {
        if (host instanceof Host.Numeric numeric) {
            return new HostTrace(host, role, Option.none(), List.of(locate(numeric.address(), List.empty(), view)));
        }
        Resolution resolution = resolutions.get(((Host.Named) host).name()).get();
        Seq<TracedAddress> addresses = resolution.addresses().map(address -> locate(address, resolution.aliases(), view));
        return new HostTrace(host, role, Option.some(resolution), addresses);
    }

    private static TracedAddress locate(IpAddress address, Seq<DomainName> aliases, IpData.View view) {
        AddressFacts facts = view.lookUp(address);
        return new TracedAddress(address, facts, view.cdnNetworks().match(facts.asn(), aliases));
    }
}

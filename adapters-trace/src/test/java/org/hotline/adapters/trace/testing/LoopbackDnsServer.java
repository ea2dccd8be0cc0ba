package org.hotline.adapters.trace.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.ExtendedErrorCodeOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A DNS resolver for tests, on a free loopback UDP port, built from dnsjava's message classes. It answers from the
 * records a test gives it as a recursive resolver would (CNAME chains followed in the answer, SOA of the zone with
 * NODATA and NXDOMAIN), and fails as a test tells it to: SERVFAIL with or without an extended error, REFUSED,
 * silence, a referral instead of an answer, CNAME chains handed out one link at a time. It remembers the questions.
 */
public final class LoopbackDnsServer implements AutoCloseable {

    /** What the server does with questions about one name. */
    public sealed interface Behaviour {
    }

    record Fail(int rcode, Optional<ExtendedErrorCodeOption> extended) implements Behaviour {
    }

    record Silent() implements Behaviour {
    }

    record Referral(List<Name> servers) implements Behaviour {
    }

    /** A question asked: the name (lower case, without the final dot) and the record type's name. */
    public record Question(String name, String type) {
    }

    private static final long TTL = 300;

    private final DatagramSocket socket;
    private final Thread thread;
    private final Map<Name, List<Record>> records = new ConcurrentHashMap<>();
    private final Map<Name, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Set<Name> zones = ConcurrentHashMap.newKeySet();
    private final List<Question> questions = new CopyOnWriteArrayList<>();
    private volatile boolean oneLinkAtATime;

    private LoopbackDnsServer() throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.thread = new Thread(this::serve, "loopback-dns");
        this.thread.setDaemon(true);
    }

    public static LoopbackDnsServer start() {
        try {
            LoopbackDnsServer server = new LoopbackDnsServer();
            server.thread.start();
            return server;
        } catch (SocketException e) {
            throw new IllegalStateException("cannot open a loopback UDP port", e);
        }
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    /** The zone exists: it has an SOA record, given with NODATA and NXDOMAIN answers below it. */
    public LoopbackDnsServer zone(String zone, String... nameServers) {
        Name name = name(zone);
        zones.add(name);
        for (String server : nameServers) {
            add(new NSRecord(name, DClass.IN, TTL, name(server)));
        }
        return this;
    }

    public LoopbackDnsServer a(String owner, String... addresses) {
        for (String address : addresses) {
            add(new ARecord(name(owner), DClass.IN, TTL, inet(address)));
        }
        return this;
    }

    public LoopbackDnsServer aaaa(String owner, String... addresses) {
        for (String address : addresses) {
            add(new AAAARecord(name(owner), DClass.IN, TTL, inet(address)));
        }
        return this;
    }

    public LoopbackDnsServer cname(String owner, String target) {
        return cname(owner, target, TTL);
    }

    public LoopbackDnsServer cname(String owner, String target, long ttl) {
        add(new CNAMERecord(name(owner), DClass.IN, ttl, name(target)));
        return this;
    }

    /** Questions about the name get SERVFAIL, with the extended error code (RFC 8914) when one is given. */
    public LoopbackDnsServer servfail(String owner, Integer extendedError) {
        behaviours.put(name(owner), new Fail(Rcode.SERVFAIL, Optional.ofNullable(extendedError)
                .map(code -> new ExtendedErrorCodeOption(code, "test says " + code))));
        return this;
    }

    public LoopbackDnsServer refused(String owner) {
        behaviours.put(name(owner), new Fail(Rcode.REFUSED, Optional.empty()));
        return this;
    }

    /** Questions about the name are never answered. */
    public LoopbackDnsServer silent(String owner) {
        behaviours.put(name(owner), new Silent());
        return this;
    }

    /** Every question is left unanswered. */
    public LoopbackDnsServer silentForAll() {
        behaviours.put(Name.root, new Silent());
        return this;
    }

    /** Questions about the name get a non-recursive referral to the servers, as a lame server gives. */
    public LoopbackDnsServer referral(String owner, String... servers) {
        behaviours.put(name(owner), new Referral(java.util.Arrays.stream(servers).map(LoopbackDnsServer::name).toList()));
        return this;
    }

    /** CNAME chains are given one link per answer, as some resolvers do. */
    public LoopbackDnsServer oneLinkAtATime() {
        oneLinkAtATime = true;
        return this;
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void add(Record record) {
        records.computeIfAbsent(record.getName(), n -> new CopyOnWriteArrayList<>()).add(record);
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                Optional<Message> response = answer(query);
                if (response.isPresent()) {
                    byte[] wire = response.get().toWire(1232);
                    socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
                }
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private Optional<Message> answer(Message query) {
        Record question = query.getQuestion();
        questions.add(new Question(question.getName().toString(true).toLowerCase(java.util.Locale.ROOT),
                Type.string(question.getType())));
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.RD);
        response.addRecord(question, Section.QUESTION);
        Behaviour behaviour = behaviours.getOrDefault(question.getName(), behaviours.get(Name.root));
        if (behaviour instanceof Silent) {
            return Optional.empty();
        }
        Optional<EDNSOption> extended = Optional.empty();
        if (behaviour instanceof Fail fail) {
            response.getHeader().setFlag(Flags.RA);
            response.getHeader().setRcode(fail.rcode());
            extended = fail.extended().map(option -> option);
        } else if (behaviour instanceof Referral referral) {
            for (Name server : referral.servers()) {
                response.addRecord(new NSRecord(question.getName(), DClass.IN, TTL, server), Section.AUTHORITY);
            }
        } else {
            response.getHeader().setFlag(Flags.RA);
            resolve(question.getName(), question.getType(), response);
        }
        if (query.getOPT() != null) {
            response.addRecord(new OPTRecord(1232, 0, 0, 0, extended.map(List::of).orElse(List.of())), Section.ADDITIONAL);
        }
        return Optional.of(response);
    }

    private void resolve(Name asked, int type, Message response) {
        Name current = asked;
        Set<Name> seen = new LinkedHashSet<>(List.of(asked));
        for (int links = 0; links < 8; links++) {
            Optional<Record> cname = recordsOf(current).stream().filter(r -> r instanceof CNAMERecord).findFirst();
            if (cname.isEmpty() || type == Type.CNAME) {
                break;
            }
            response.addRecord(cname.get(), Section.ANSWER);
            current = ((CNAMERecord) cname.get()).getTarget();
            if (!seen.add(current) || oneLinkAtATime) {
                return;
            }
        }
        List<Record> wanted = new ArrayList<>();
        for (Record record : recordsOf(current)) {
            if (record.getType() == type) {
                wanted.add(record);
            }
        }
        wanted.forEach(record -> response.addRecord(record, Section.ANSWER));
        if (wanted.isEmpty()) {
            if (!exists(current)) {
                response.getHeader().setRcode(Rcode.NXDOMAIN);
            }
            enclosingZone(current).ifPresent(zone -> response.addRecord(soa(zone), Section.AUTHORITY));
        }
    }

    private List<Record> recordsOf(Name name) {
        return records.getOrDefault(name, List.of());
    }

    private boolean exists(Name name) {
        return records.containsKey(name) || zones.contains(name);
    }

    private Optional<Name> enclosingZone(Name name) {
        for (Name candidate = name; candidate.labels() > 1; candidate = new Name(candidate, 1)) {
            if (zones.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static SOARecord soa(Name zone) {
        try {
            return new SOARecord(zone, DClass.IN, TTL, new Name("ns1", zone), new Name("hostmaster", zone), 1, 3600, 600,
                    86400, TTL);
        } catch (TextParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Name name(String text) {
        try {
            return Name.fromString(text, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static InetAddress inet(String address) {
        try {
            return InetAddress.getByAddress(org.hotline.domain.hosting.address.IpAddress.parse(address).get().bytes());
        } catch (IOException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}

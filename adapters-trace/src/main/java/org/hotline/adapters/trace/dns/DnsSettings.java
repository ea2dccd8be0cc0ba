package org.hotline.adapters.trace.dns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.hosting.address.IpAddress;
import org.xbill.DNS.ResolverConfig;

/**
 * Which resolvers a trace asks, and how long it waits.
 *
 * @param servers the resolvers, asked in order: the next one when one fails or is silent
 * @param questionTimeout the longest wait for one resolver's answer to one question
 * @param hostTimeout the longest all questions about one host name take together
 * @param parallelism how many host names are resolved at the same time
 */
public record DnsSettings(List<InetSocketAddress> servers, Duration questionTimeout, Duration hostTimeout, int parallelism) {

    public static final int DNS_PORT = 53;
    public static final Duration DEFAULT_HOST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_QUESTION_TIMEOUT = Duration.ofSeconds(3);
    public static final int DEFAULT_PARALLELISM = 8;

    public DnsSettings {
        servers = List.copyOf(servers);
        Objects.requireNonNull(questionTimeout, "questionTimeout");
        Objects.requireNonNull(hostTimeout, "hostTimeout");
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("at least one resolver");
        }
        if (questionTimeout.isNegative() || questionTimeout.isZero() || hostTimeout.compareTo(questionTimeout) < 0) {
            throw new IllegalArgumentException("a question waits a while, and a host at least as long as a question");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("at least one host at a time");
        }
    }

    /** These resolvers, waiting at most the host timeout for a host name and a third of it (at most 3 s) per answer. */
    public static DnsSettings of(List<InetSocketAddress> servers, Duration hostTimeout) {
        Duration third = hostTimeout.dividedBy(3);
        Duration question = third.compareTo(DEFAULT_QUESTION_TIMEOUT) < 0 ? third : DEFAULT_QUESTION_TIMEOUT;
        return new DnsSettings(servers, question.isZero() ? hostTimeout : question, hostTimeout, DEFAULT_PARALLELISM);
    }

    /** The resolvers the machine is configured with (/etc/resolv.conf), or the loopback resolver when none is. */
    public static List<InetSocketAddress> systemServers() {
        List<InetSocketAddress> configured = ResolverConfig.getCurrentConfig().servers();
        return configured.isEmpty()
                ? List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), DNS_PORT))
                : configured;
    }

    /**
     * Reads a comma-separated list of resolver addresses, each an IP address with an optional port: {@code 192.0.2.53},
     * {@code 192.0.2.53:5353}, {@code 2001:db8::53}, {@code [2001:db8::53]:5353}. Names are not accepted: finding a
     * resolver must not need a resolver.
     */
    public static Either<String, List<InetSocketAddress>> parseServers(String text) {
        List<InetSocketAddress> servers = new ArrayList<>();
        for (String item : text.split(",")) {
            String server = item.strip();
            if (server.isEmpty()) {
                continue;
            }
            Either<String, InetSocketAddress> parsed = parseServer(server);
            if (parsed.isLeft()) {
                return Either.left(parsed.getLeft());
            }
            servers.add(parsed.get());
        }
        return servers.isEmpty() ? Either.left("names no resolver") : Either.right(servers);
    }

    private static Either<String, InetSocketAddress> parseServer(String server) {
        String host = server;
        String port = null;
        if (server.startsWith("[")) {
            int close = server.indexOf(']');
            if (close < 0 || (close + 1 < server.length() && server.charAt(close + 1) != ':')) {
                return Either.left("'" + server + "' is not an address[:port]");
            }
            host = server.substring(1, close);
            port = close + 1 < server.length() ? server.substring(close + 2) : null;
        } else if (server.indexOf(':') == server.lastIndexOf(':') && server.indexOf(':') >= 0) {
            host = server.substring(0, server.indexOf(':'));
            port = server.substring(server.indexOf(':') + 1);
        }
        var address = IpAddress.parse(host);
        if (address.isEmpty()) {
            return Either.left("'" + server + "' is not an IP address (resolvers are given by address, not by name)");
        }
        int number = DNS_PORT;
        if (port != null) {
            try {
                number = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (number < 1 || number > 65535) {
                return Either.left("'" + server + "' has no valid port");
            }
        }
        try {
            return Either.right(new InetSocketAddress(InetAddress.getByAddress(address.get().bytes()), number));
        } catch (UnknownHostException e) {
            return Either.left("'" + server + "' is not an IP address");
        }
    }

    /** A resolver as the evidence names it: {@code 192.0.2.53:53}, {@code [2001:db8::53]:53}. */
    static String name(InetSocketAddress server) {
        var address = IpAddress.ofBytes(server.getAddress().getAddress()).get();
        return (address.isIpv4() ? address.toString() : "[" + address + "]") + ":" + server.getPort();
    }
}

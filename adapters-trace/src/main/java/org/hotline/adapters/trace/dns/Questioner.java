package org.hotline.adapters.trace.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import io.vavr.control.Option;
import org.hotline.domain.hosting.dns.DnsOutcome;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.ExtendedErrorCodeOption;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;

/**
 * Asks the resolvers the questions about one host name, within the time the host is given. A question goes to each
 * resolver in turn until one answers it (NOERROR or NXDOMAIN); a resolver that stayed silent is asked last for the
 * rest of the host's questions. Used by one thread.
 */
final class Questioner {

    /** EDNS buffer size that avoids IP fragmentation (the DNS flag day 2020 value). */
    private static final int EDNS_PAYLOAD = 1232;
    private static final int MAX_REASON = 200;

    private final DnsSettings settings;
    private final long deadline;
    private final Set<InetSocketAddress> silent = new LinkedHashSet<>();

    Questioner(DnsSettings settings) {
        this.settings = settings;
        this.deadline = System.nanoTime() + settings.hostTimeout().toNanos();
    }

    /** What one resolver answered, or how asking ended when none did. */
    sealed interface Reply {
    }

    /** A resolver answered: NOERROR or NXDOMAIN. */
    record Answered(String resolver, Message response) implements Reply {
    }

    /** No resolver answered; the outcome says why (the most telling failure met). */
    record Unanswered(Option<String> resolver, DnsOutcome outcome) implements Reply {
    }

    Reply ask(Name name, int type) {
        Unanswered failure = new Unanswered(Option.none(), new DnsOutcome.TimedOut());
        for (InetSocketAddress server : serversInTurn()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            Reply reply = askOne(server, name, type, Duration.ofNanos(Math.min(remaining, settings.questionTimeout().toNanos())));
            if (reply instanceof Answered) {
                return reply;
            }
            Unanswered unanswered = (Unanswered) reply;
            if (failure.outcome() instanceof DnsOutcome.TimedOut) {
                failure = unanswered;
            }
        }
        return failure;
    }

    private List<InetSocketAddress> serversInTurn() {
        List<InetSocketAddress> inTurn = new ArrayList<>(settings.servers());
        inTurn.removeAll(silent);
        inTurn.addAll(silent);
        return inTurn;
    }

    private Reply askOne(InetSocketAddress server, Name name, int type, Duration timeout) {
        String resolverName = DnsSettings.name(server);
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setTimeout(timeout);
        resolver.setEDNS(0, EDNS_PAYLOAD, 0, List.of());
        Message response;
        try {
            response = resolver.send(Message.newQuery(Record.newRecord(name, type, DClass.IN)));
        } catch (IOException e) {
            if (timedOut(e)) {
                silent.add(server);
                return new Unanswered(Option.none(), new DnsOutcome.TimedOut());
            }
            String why = e instanceof PortUnreachableException ? "no resolver listens at " + resolverName
                    : "asking " + resolverName + " failed: " + printable(String.valueOf(e.getMessage()));
            return new Unanswered(Option.some(resolverName), new DnsOutcome.Failed(why));
        }
        return classify(resolverName, response);
    }

    private static Reply classify(String resolver, Message response) {
        int rcode = response.getRcode();
        if (rcode == Rcode.NOERROR || rcode == Rcode.NXDOMAIN) {
            return new Answered(resolver, response);
        }
        Option<ExtendedErrorCodeOption> extended = extendedError(response);
        Option<String> reason = extended.map(Questioner::reason);
        DnsOutcome outcome = switch (rcode) {
            case Rcode.SERVFAIL -> extended.exists(Questioner::noAuthority)
                    ? new DnsOutcome.LameDelegation(resolver + " found no server that answers for the name: " + reason.get())
                    : new DnsOutcome.ServerFailure(reason);
            case Rcode.REFUSED -> new DnsOutcome.Refused();
            default -> new DnsOutcome.Failed(resolver + " answered " + Rcode.string(rcode) + reason.map(r -> " (" + r + ")").getOrElse(""));
        };
        return new Unanswered(Option.some(resolver), outcome);
    }

    /** An extended DNS error (RFC 8914) saying the delegated servers do not answer: a lame delegation. */
    private static boolean noAuthority(ExtendedErrorCodeOption option) {
        return option.getErrorCode() == ExtendedErrorCodeOption.NO_REACHABLE_AUTHORITY
                || option.getErrorCode() == ExtendedErrorCodeOption.NOT_AUTHORITATIVE;
    }

    private static Option<ExtendedErrorCodeOption> extendedError(Message response) {
        OPTRecord opt = response.getOPT();
        if (opt == null) {
            return Option.none();
        }
        for (EDNSOption option : opt.getOptions(EDNSOption.Code.EDNS_EXTENDED_ERROR)) {
            if (option instanceof ExtendedErrorCodeOption extended) {
                return Option.some(extended);
            }
        }
        return Option.none();
    }

    private static String reason(ExtendedErrorCodeOption option) {
        String known = ExtendedErrorCodeOption.text(option.getErrorCode());
        String name = known == null ? "extended error " + option.getErrorCode() : known;
        String text = option.getText() == null ? "" : printable(option.getText());
        return text.isEmpty() ? name : name + " (" + text + ")";
    }

    private static boolean timedOut(IOException e) {
        return e.getCause() instanceof TimeoutException || e instanceof java.net.SocketTimeoutException;
    }

    /** Text from the network, made safe to keep and show: printable ASCII only, and not too long. */
    static String printable(String text) {
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_REASON));
        for (int i = 0; i < text.length() && safe.length() < MAX_REASON; i++) {
            char c = text.charAt(i);
            safe.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return safe.toString();
    }
}

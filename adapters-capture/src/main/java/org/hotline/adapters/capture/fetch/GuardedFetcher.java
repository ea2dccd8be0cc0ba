package org.hotline.adapters.capture.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.net.ssl.SSLSocketFactory;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.capture.Answer;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CaptureSettings;
import org.hotline.domain.capture.FetchContent;
import org.hotline.domain.capture.FetchedContent;
import org.hotline.domain.capture.Hop;
import org.hotline.domain.capture.IpAddress;
import org.hotline.domain.capture.KeptHeaders;
import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Fetches an address within the capture settings' bounds, following redirects, and connects only to addresses the
 * {@link AddressPolicy} allows. At every hop the host is checked afresh: looked up once, every address checked, and
 * the connection made to a checked address (directly or through the proxy), with the name sent as {@code Host} and as
 * TLS SNI. The body is read into memory under a hard limit and its type is sniffed from its bytes. Nothing fetched is
 * written anywhere or logged.
 */
@SecondaryAdapter
public final class GuardedFetcher implements FetchContent {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final CaptureSettings settings;
    private final AddressGuard guard;
    private final Connector connector;

    /** A fetcher over the system's name resolver and the JDK's trusted certificates. */
    public GuardedFetcher(CaptureSettings settings) {
        this(settings, NameResolver.system(), (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    public GuardedFetcher(CaptureSettings settings, NameResolver resolver, SSLSocketFactory tls) {
        this.settings = settings;
        this.guard = new AddressGuard(new AddressPolicy(settings.allow()), resolver, settings.connectTimeout());
        this.connector = new Connector(settings.proxy(), tls, settings.connectTimeout(), settings.readTimeout());
    }

    public CaptureSettings settings() {
        return settings;
    }

    /** One item, with an item's size limit and a capture's total time of its own: what a preview uses. */
    @Override
    public Either<CaptureFailure, FetchedContent> fetch(ReportedUrl address) {
        return fetch(FetchRequest.item(address, settings.maxItemBytes(), Option.none()),
                Deadline.after(settings.totalTime())).content();
    }

    /** Fetches, following at most the settings' redirects, within the deadline. Never throws for what a site does. */
    public Fetch fetch(FetchRequest request, Deadline deadline) {
        Vector<Hop> hops = Vector.empty();
        Set<String> visited = new HashSet<>();
        ReportedUrl current = request.address();
        visited.add(current.canonical());
        while (true) {
            Either<CaptureFailure, Exchange> exchange = exchange(current, request, deadline);
            if (exchange.isLeft()) {
                return Fetch.failed(hops, exchange.getLeft());
            }
            Exchange answered = exchange.get();
            Option<String> location = answered.redirectTarget();
            if (location.isEmpty()) {
                return answered.finish(hops, current, request.maxBytes());
            }
            answered.close();
            hops = hops.append(new Hop(current, answered.address(), answered.head().status()));
            if (hops.size() > settings.maxRedirects()) {
                return Fetch.failed(hops, new CaptureFailure.TooManyRedirects(settings.maxRedirects()));
            }
            Either<String, ReportedUrl> next = Addresses.resolve(current, location.get());
            if (next.isLeft()) {
                return Fetch.failed(hops, new CaptureFailure.BadResponse("a redirect to " + printable(location.get())
                        + ", which cannot be fetched: " + next.getLeft()));
            }
            if (!visited.add(next.get().canonical())) {
                return Fetch.failed(hops, new CaptureFailure.RedirectLoop(next.get().canonical()));
            }
            current = next.get();
        }
    }

    /** Connects to a checked address of the host, sends the request and reads the answer's head. */
    private Either<CaptureFailure, Exchange> exchange(ReportedUrl address, FetchRequest request, Deadline deadline) {
        Either<CaptureFailure, Target> target = Target.of(address);
        if (target.isLeft()) {
            return Either.left(target.getLeft());
        }
        Connector.Connected connection = null;
        try {
            if (deadline.passed()) {
                return Either.left(deadline.failure());
            }
            List<IpAddress> addresses = guard.check(target.get().host(), deadline);
            connection = connector.open(addresses, target.get(), deadline);
            send(connection, target.get(), request);
            InputStream in = connector.input(connection.socket(), deadline);
            return Either.right(new Exchange(connection, ResponseHead.read(in), in, deadline));
        } catch (FetchProblem problem) {
            closeQuietly(connection);
            return Either.left(problem.failure());
        } catch (IOException e) {
            closeQuietly(connection);
            return Either.left(new CaptureFailure.ConnectionFailed(target.get().origin(), "the connection broke"));
        }
    }

    private void send(Connector.Connected connection, Target target, FetchRequest request) throws IOException {
        StringBuilder head = new StringBuilder(512)
                .append("GET ").append(target.pathAndQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.hostHeader()).append("\r\n")
                .append("User-Agent: ").append(settings.userAgent()).append("\r\n")
                .append("Accept: ").append(request.accept()).append("\r\n")
                .append("Accept-Language: en;q=0.8,*;q=0.5\r\n")
                .append("Accept-Encoding: gzip, deflate\r\n");
        referrer(request, target).forEach(value -> head.append("Referer: ").append(value).append("\r\n"));
        head.append("Connection: close\r\n\r\n");
        OutputStream out = connection.socket().getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** What a browser sends by default (strict-origin-when-cross-origin). */
    private static Option<String> referrer(FetchRequest request, Target target) {
        return request.foundOn().flatMap(page -> Target.of(page).toOption().flatMap(from -> {
            if (from.secure() && !target.secure()) {
                return Option.none();
            }
            boolean sameOrigin = from.origin().equals(target.origin());
            return Option.some(sameOrigin ? page.canonical() : from.origin() + "/");
        }));
    }

    private static String printable(String text) {
        String cut = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        return cut.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? cut : "an address with unprintable characters";
    }

    private static void closeQuietly(Connector.Connected connection) {
        if (connection != null) {
            Connector.closeQuietly(connection.socket());
        }
    }

    /** A connection whose answer's head has been read. */
    private record Exchange(Connector.Connected connection, ResponseHead head, InputStream in, Deadline deadline) {

        IpAddress address() {
            return connection.address();
        }

        Option<String> redirectTarget() {
            return REDIRECTS.contains(head.status()) ? head.first("Location").filter(l -> !l.isBlank()) : Option.none();
        }

        void close() {
            Connector.closeQuietly(connection.socket());
        }

        /** Reads the body and sniffs it: the content when the status is a success, the answer either way. */
        Fetch finish(Seq<Hop> hops, ReportedUrl address, long maxBytes) {
            try {
                byte[] bytes = Body.read(head, in, maxBytes);
                Answer answer = new Answer(address, connection.address(), head.status(), KeptHeaders.from(head::first),
                        ContentSniffer.sniff(bytes), bytes.length);
                Either<CaptureFailure, FetchedContent> content = answer.successful()
                        ? Either.right(new FetchedContent(answer, bytes))
                        : Either.left(new CaptureFailure.Unsuccessful(head.status()));
                return new Fetch(hops, Option.some(answer), content);
            } catch (FetchProblem problem) {
                return Fetch.failed(hops, problem.failure());
            } catch (IOException e) {
                return Fetch.failed(hops, new CaptureFailure.ConnectionFailed(address.host(), "the connection broke"));
            } finally {
                close();
            }
        }
    }

}

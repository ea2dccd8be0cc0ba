package org.hotline.adapters.capture.fetch;

import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vavr.control.Option;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.IpAddress;

/**
 * Turns a host into the network addresses the fetcher may connect to. A host written as an address is read as one (in
 * every numeric spelling); a name is looked up once, within the time left, and every address it resolves to must be
 * allowed by the {@link AddressPolicy}: a name with one private address among public ones is refused whole, since its
 * owner chose to point it inwards. The fetcher then connects to one of exactly these addresses; nothing resolves the
 * name a second time, so a name server that answers differently the next time (DNS rebinding) gains nothing.
 */
final class AddressGuard {

    private static final ExecutorService LOOKUPS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "capture-name-lookup");
        thread.setDaemon(true);
        return thread;
    });

    private final AddressPolicy policy;
    private final NameResolver resolver;
    private final Duration lookupTimeout;

    AddressGuard(AddressPolicy policy, NameResolver resolver, Duration lookupTimeout) {
        this.policy = policy;
        this.resolver = resolver;
        this.lookupTimeout = lookupTimeout;
    }

    /** The checked addresses of the host, in the order to try them. */
    List<IpAddress> check(String host, Deadline deadline) throws FetchProblem {
        var literal = HostLiteral.read(host);
        if (literal.isLeft()) {
            throw new FetchProblem(new CaptureFailure.UnsupportedAddress(host, literal.getLeft()));
        }
        List<IpAddress> addresses = literal.get().isDefined() ? List.of(literal.get().get()) : lookUp(host, deadline);
        for (IpAddress address : addresses) {
            Option<String> refusal = policy.refusal(address);
            if (refusal.isDefined()) {
                throw new FetchProblem(new CaptureFailure.RefusedAddress(literal.get().isDefined() ? address.text() : host,
                        address.text(), refusal.get()));
            }
        }
        return addresses;
    }

    private List<IpAddress> lookUp(String name, Deadline deadline) throws FetchProblem {
        int millis = deadline.millisFor(lookupTimeout);
        Future<List<IpAddress>> lookup = LOOKUPS.submit(() -> resolver.resolve(name));
        try {
            List<IpAddress> found = lookup.get(millis, TimeUnit.MILLISECONDS);
            if (found == null || found.isEmpty()) {
                throw new FetchProblem(new CaptureFailure.NameNotResolved(name));
            }
            return found;
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw new FetchProblem(deadline.timedOut(millis, lookupTimeout, CaptureFailure.TimedOut.Limit.CONNECT));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException) {
                throw new FetchProblem(new CaptureFailure.NameNotResolved(name));
            }
            throw new FetchProblem(new CaptureFailure.ConnectionFailed(name, "the name lookup failed"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lookup.cancel(true);
            throw new FetchProblem(deadline.failure());
        }
    }
}

package org.hotline.adapters.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.Container;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Keeps clients that send slowly from holding the server's connections and threads: a connection that is silent
 * for longer than {@link Deadlines#idle()} is closed; a new connection that has not sent the head of a request
 * within {@link Deadlines#head()} is closed; a body that has not arrived within {@link Deadlines#body()}, or that,
 * after a first few seconds of grace, arrives slower than {@link Deadlines#minimumBytesPerSecond()} on average, fails
 * the request (answered 408), which frees its thread.
 *
 * <p>Jetty reads request heads without holding a thread, so a slow head costs a connection only; a slow body read
 * by a handler holds a thread, which is why its deadline counts from the first read, however many bytes trickle in.
 * Answers are not held to a rate: a client slow to read one is cut off by the idle deadline, and a rate over a short
 * answer would cut off a busy server's own slow moments.
 */
final class SlowClients {

    private SlowClients() {
    }

    /** Applies the deadlines to the server and to every connector it gets. */
    static void protect(Server server, Deadlines deadlines) {
        Set<Connection> headsSeen = ConcurrentHashMap.newKeySet();
        for (var connector : server.getConnectors()) {
            watch(connector, deadlines, headsSeen);
        }
        server.addEventListener(new Container.Listener() {
            @Override
            public void beanAdded(Container parent, Object child) {
                if (child instanceof org.eclipse.jetty.server.Connector connector) {
                    watch(connector, deadlines, headsSeen);
                }
            }

            @Override
            public void beanRemoved(Container parent, Object child) {
                // Nothing to undo: a connector removed from the server takes its listener along.
            }
        });
        server.insertHandler(new BodyDeadline(deadlines, headsSeen));
    }

    private static void watch(org.eclipse.jetty.server.Connector connector, Deadlines deadlines, Set<Connection> headsSeen) {
        if (connector instanceof AbstractConnector watched) {
            watched.setIdleTimeout(deadlines.idle().toMillis());
            watched.addEventListener(new HeadDeadline(watched, deadlines, headsSeen));
        }
    }

    /** True when a request failed because its client was too slow: such a failure is the client's, not ours. */
    static boolean isTooSlow(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Closes a new connection that has not sent a whole request head in time. */
    private static final class HeadDeadline implements Connection.Listener {
        private final AbstractConnector connector;
        private final Deadlines deadlines;
        private final Set<Connection> headsSeen;

        HeadDeadline(AbstractConnector connector, Deadlines deadlines, Set<Connection> headsSeen) {
            this.connector = connector;
            this.deadlines = deadlines;
            this.headsSeen = headsSeen;
        }

        @Override
        public void onOpened(Connection connection) {
            connector.getScheduler().schedule(() -> {
                if (!headsSeen.contains(connection) && connection.getEndPoint().isOpen()) {
                    connection.getEndPoint().close(new TimeoutException("no request head within " + deadlines.head()));
                }
            }, deadlines.head().toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void onClosed(Connection connection) {
            headsSeen.remove(connection);
        }
    }

    /** Notes that a connection delivered a request head, and bounds the time its body may take. */
    private static final class BodyDeadline extends Handler.Wrapper {
        private final Deadlines deadlines;
        private final Set<Connection> headsSeen;

        BodyDeadline(Deadlines deadlines, Set<Connection> headsSeen) {
            this.deadlines = deadlines;
            this.headsSeen = headsSeen;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Connection connection = request.getConnectionMetaData().getConnection();
            if (connection != null && connection.getEndPoint().isOpen()) {
                headsSeen.add(connection);
            }
            return super.handle(new TimedBody(request, deadlines), response, callback);
        }
    }

    /**
     * A request whose body reads fail once the deadline has passed, or once the body arrives too slowly after the
     * grace: a read then gives a failure, and a read waiting for more of the body is woken up to receive it.
     */
    private static final class TimedBody extends Request.Wrapper {
        /** How long a body may take before its rate counts: a short body's first bytes may wait on a busy network. */
        private static final long GRACE_NANOS = java.time.Duration.ofSeconds(5).toNanos();

        private final long allowedNanos;
        private final long minimumBytesPerSecond;
        private long firstReadNanos;
        private long bytesRead;

        TimedBody(Request request, Deadlines deadlines) {
            super(request);
            this.allowedNanos = deadlines.body().toNanos();
            this.minimumBytesPerSecond = deadlines.minimumBytesPerSecond();
        }

        @Override
        public Content.Chunk read() {
            if (remainingNanos() <= 0) {
                return Content.Chunk.from(new TimeoutException("the request body did not arrive in time"), true);
            }
            if (tooSlow()) {
                return Content.Chunk.from(new TimeoutException("the request body arrives too slowly"), true);
            }
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                count(chunk.remaining());
            }
            return chunk;
        }

        private synchronized void count(int bytes) {
            bytesRead += bytes;
        }

        private synchronized boolean tooSlow() {
            long elapsed = NanoTime.since(firstReadNanos);
            return elapsed > GRACE_NANOS && bytesRead * 1_000_000_000L / elapsed < minimumBytesPerSecond;
        }

        @Override
        public void demand(Runnable demandCallback) {
            long remaining = remainingNanos();
            if (remaining <= 0) {
                demandCallback.run();
                return;
            }
            AtomicBoolean once = new AtomicBoolean();
            Runnable wake = () -> {
                if (once.compareAndSet(false, true)) {
                    demandCallback.run();
                }
            };
            Scheduler.Task timer = getComponents().getScheduler().schedule(wake, remaining, TimeUnit.NANOSECONDS);
            super.demand(() -> {
                timer.cancel();
                wake.run();
            });
        }

        private synchronized long remainingNanos() {
            if (firstReadNanos == 0) {
                firstReadNanos = NanoTime.now() | 1;
            }
            return allowedNanos - NanoTime.since(firstReadNanos);
        }
    }
}

package org.hotline.adapters.capture.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import io.vavr.control.Option;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CaptureProxy;
import org.hotline.domain.capture.IpAddress;

/**
 * Opens a connection to a checked address, directly or through the configured proxy, and speaks TLS over it for
 * {@code https}. The proxy is always given the checked address, never the name: an HTTP proxy is asked to
 * {@code CONNECT} to {@code address:port}, a SOCKS proxy to the address itself, so no proxy resolves a name the
 * guard has not seen. TLS is told the name, so the server gets it as SNI and its certificate is checked against it.
 */
final class Connector {

    private final Option<CaptureProxy> proxy;
    private final SSLSocketFactory tls;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    Connector(Option<CaptureProxy> proxy, SSLSocketFactory tls, Duration connectTimeout, Duration readTimeout) {
        this.proxy = proxy;
        this.tls = tls;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /** A connection to the first of the addresses that answers, with the address it went to. */
    Connected open(List<IpAddress> addresses, Target target, Deadline deadline) throws FetchProblem {
        FetchProblem last = null;
        for (IpAddress address : addresses) {
            try {
                return new Connected(address, open(address, target, deadline));
            } catch (FetchProblem problem) {
                if (!(problem.failure() instanceof CaptureFailure.ConnectionFailed) || deadline.passed()) {
                    throw problem;
                }
                last = problem;
            }
        }
        throw last != null ? last : new FetchProblem(new CaptureFailure.NameNotResolved(target.host()));
    }

    /** An open socket and the address it is connected to (through the proxy, if any). */
    record Connected(IpAddress address, Socket socket) {
    }

    private Socket open(IpAddress address, Target target, Deadline deadline) throws FetchProblem {
        Socket socket = null;
        try {
            socket = connect(address, target, deadline);
            return target.secure() ? handshake(socket, target, deadline) : socket;
        } catch (FetchProblem problem) {
            closeQuietly(socket);
            throw problem;
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            throw new FetchProblem(new CaptureFailure.ConnectionFailed(address.text(), reason(e)));
        }
    }

    private Socket connect(IpAddress address, Target target, Deadline deadline) throws IOException {
        InetSocketAddress destination = new InetSocketAddress(InetAddress.getByAddress(address.bytes()), target.port());
        if (proxy.isEmpty()) {
            return connected(new Socket(), destination, deadline);
        }
        CaptureProxy via = proxy.get();
        InetSocketAddress proxyAddress = new InetSocketAddress(via.host(), via.port());
        if (via.kind() == CaptureProxy.Kind.SOCKS) {
            return connected(new Socket(new Proxy(Proxy.Type.SOCKS, proxyAddress)), destination, deadline);
        }
        Socket socket = connected(new Socket(), proxyAddress, deadline);
        try {
            tunnel(socket, address, target.port(), via, deadline);
            return socket;
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    private Socket connected(Socket socket, InetSocketAddress destination, Deadline deadline) throws IOException {
        int millis = deadline.millisFor(connectTimeout);
        try {
            socket.setTcpNoDelay(true);
            socket.connect(destination, millis);
            return socket;
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new FetchProblem(deadline.timedOut(millis, connectTimeout, CaptureFailure.TimedOut.Limit.CONNECT));
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    /** Asks an HTTP proxy for a tunnel to the checked address and reads its answer. */
    private void tunnel(Socket socket, IpAddress address, int port, CaptureProxy via, Deadline deadline) throws IOException {
        String authority = (address.isIpv4() ? address.text() : "[" + address.text() + "]") + ":" + port;
        StringBuilder request = new StringBuilder("CONNECT ").append(authority).append(" HTTP/1.1\r\nHost: ")
                .append(authority).append("\r\n");
        if (via.user().isDefined()) {
            String credentials = via.user().get() + ":" + via.password().get();
            request.append("Proxy-Authorization: Basic ")
                    .append(Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        request.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // Read the answer byte by byte, so that nothing past it (the start of the tunnelled stream) is consumed.
        InputStream in = new DeadlineInputStream(socket, socket.getInputStream(), readTimeout, deadline);
        ResponseHead head = ResponseHead.read(in);
        if (head.status() < 200 || head.status() > 299) {
            throw new FetchProblem(new CaptureFailure.ConnectionFailed(authority,
                    "the proxy refused the tunnel with status " + head.status()));
        }
    }

    private Socket handshake(Socket socket, Target target, Deadline deadline) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(socket, target.bareHost(), target.port(), true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (HostLiteral.read(target.host()).map(Option::isEmpty).getOrElse(false)) {
            parameters.setServerNames(List.of(new SNIHostName(target.bareHost())));
        }
        ssl.setSSLParameters(parameters);
        int millis = deadline.millisFor(connectTimeout);
        ssl.setSoTimeout(millis);
        try {
            ssl.startHandshake();
            return ssl;
        } catch (SocketTimeoutException e) {
            closeQuietly(ssl);
            throw new FetchProblem(deadline.timedOut(millis, connectTimeout, CaptureFailure.TimedOut.Limit.CONNECT));
        } catch (IOException | RuntimeException e) {
            closeQuietly(ssl);
            throw e;
        }
    }

    private static String reason(Exception e) {
        if (e instanceof ConnectException) {
            return "the connection was refused";
        }
        if (e instanceof NoRouteToHostException) {
            return "there is no route to the host";
        }
        if (e instanceof SSLException) {
            return "the TLS handshake failed (" + e.getMessage() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }

    /** A buffered reader of a connection's answer, whose reads are bounded by the read time-out and the deadline. */
    InputStream input(Socket socket, Deadline deadline) throws IOException {
        return new BufferedInputStream(new DeadlineInputStream(socket, socket.getInputStream(), readTimeout, deadline), 16384);
    }
}

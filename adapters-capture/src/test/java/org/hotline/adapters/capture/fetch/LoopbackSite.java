package org.hotline.adapters.capture.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on a loopback port that the test scripts byte by byte: each path answers with whatever its responder
 * writes to the socket, so tests can send lying headers, bombs, trickles and broken HTTP. Records every request.
 */
public final class LoopbackSite implements AutoCloseable {

    /** One request as the site received it. */
    public record Request(String method, String target, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Writes the answer to a request. */
    @FunctionalInterface
    public interface Responder {
        void answer(Request request, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "loopback-site");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    private final List<String> serverNames = new CopyOnWriteArrayList<>();
    private final String scheme;

    public LoopbackSite() throws IOException {
        this(null);
    }

    /** A site that speaks TLS with the given context's key, when it is not null. */
    public LoopbackSite(javax.net.ssl.SSLContext tls) throws IOException {
        server = tls == null ? new ServerSocket(0, 200, InetAddress.getLoopbackAddress())
                : tls.getServerSocketFactory().createServerSocket(0, 200, InetAddress.getLoopbackAddress());
        scheme = tls == null ? "http" : "https";
        workers.submit(this::acceptLoop);
    }

    /** The server names (SNI) TLS clients asked for, one entry per handshake. */
    public List<String> serverNames() {
        return serverNames;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code http://host:port/path} */
    public String url(String host, String path) {
        return scheme + "://" + host + ":" + port() + path;
    }

    public LoopbackSite route(String path, Responder responder) {
        routes.put(path, responder);
        return this;
    }

    /** A complete answer with a Content-Length. */
    public LoopbackSite serve(String path, int status, String contentType, byte[] body) {
        return route(path, (request, out) -> write(out, status, Map.of("Content-Type", contentType), body));
    }

    public LoopbackSite redirect(String path, int status, String location) {
        return route(path, (request, out) -> write(out, status, Map.of("Location", location), new byte[0]));
    }

    public List<Request> requests() {
        return requests;
    }

    public int connections() {
        return connections.get();
    }

    public static void write(OutputStream out, int status, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    public static void writeHead(OutputStream out, String head) throws IOException {
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                workers.submit(() -> handle(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void handle(Socket socket) {
        try (socket) {
            if (socket instanceof javax.net.ssl.SSLSocket tls) {
                tls.startHandshake();
                for (var name : ((javax.net.ssl.ExtendedSSLSession) tls.getSession()).getRequestedServerNames()) {
                    serverNames.add(((javax.net.ssl.SNIHostName) name).getAsciiName());
                }
            }
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Request request = readRequest(in);
            if (request == null) {
                return;
            }
            requests.add(request);
            String path = request.target().contains("?") ? request.target().substring(0, request.target().indexOf('?'))
                    : request.target();
            Responder responder = routes.getOrDefault(path,
                    (r, out) -> write(out, 404, Map.of("Content-Type", "text/plain"), "not here".getBytes(StandardCharsets.UTF_8)));
            responder.answer(request, socket.getOutputStream());
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // The client went away; the test looks at what it got.
        }
    }

    static Request readRequest(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        Map<String, String> headers = new ConcurrentHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        String[] parts = requestLine.split(" ");
        return new Request(parts[0], parts[1], headers);
    }

    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return out.size() == 0 ? null : out.toString(StandardCharsets.ISO_8859_1);
            }
            if (c != '\r') {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        workers.shutdownNow();
    }
}

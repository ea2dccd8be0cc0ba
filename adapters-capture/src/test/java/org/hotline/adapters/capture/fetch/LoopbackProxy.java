package org.hotline.adapters.capture.fetch;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A proxy on a loopback port that speaks both HTTP CONNECT and SOCKS5 (no authentication), records what it was asked
 * to connect to, and relays only to loopback addresses: nothing a test sends through it leaves the machine. With
 * {@code refuse} set, it answers every HTTP CONNECT with 403.
 */
final class LoopbackProxy implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "loopback-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final boolean refuse;

    LoopbackProxy(boolean refuse) throws IOException {
        this.refuse = refuse;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        workers.submit(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    /** What each client asked to connect to: {@code CONNECT 127.0.0.1:port} or {@code SOCKS5 ipv4 127.0.0.1:port}. */
    List<String> asked() {
        return asked;
    }

    List<String> authorizations() {
        return authorizations;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                workers.submit(() -> handle(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            in.mark(1);
            int first = in.read();
            InetSocketAddress target = first == 5 ? socks(in, client.getOutputStream()) : connect(first, in, client.getOutputStream());
            if (target == null) {
                return;
            }
            try (Socket upstream = new Socket()) {
                upstream.connect(target, 2000);
                if (first == 5) {
                    client.getOutputStream().write(new byte[] {5, 0, 0, 1, 127, 0, 0, 1, 0, 0});
                } else {
                    client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                workers.submit(() -> relay(upstream, client));
                relay(client, upstream);
            }
        } catch (IOException ignored) {
            // A side went away.
        }
    }

    private InetSocketAddress connect(int first, InputStream in, OutputStream out) throws IOException {
        String requestLine = (char) first + LoopbackSite.line(in);
        for (String line = LoopbackSite.line(in); line != null && !line.isEmpty(); line = LoopbackSite.line(in)) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("proxy-authorization:")) {
                authorizations.add(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        asked.add(requestLine.substring(0, requestLine.lastIndexOf(' ')));
        String authority = requestLine.split(" ")[1];
        int colon = authority.lastIndexOf(':');
        InetAddress address = InetAddress.getByName(authority.substring(0, colon).replace("[", "").replace("]", ""));
        if (refuse || !address.isLoopbackAddress()) {
            out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return null;
        }
        return new InetSocketAddress(address, Integer.parseInt(authority.substring(colon + 1)));
    }

    private InetSocketAddress socks(InputStream raw, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        int methods = in.readUnsignedByte();
        in.readFully(new byte[methods]);
        out.write(new byte[] {5, 0});
        in.readUnsignedByte();
        in.readUnsignedByte();
        in.readUnsignedByte();
        int type = in.readUnsignedByte();
        InetAddress address;
        if (type == 1 || type == 4) {
            byte[] bytes = new byte[type == 1 ? 4 : 16];
            in.readFully(bytes);
            address = InetAddress.getByAddress(bytes);
            asked.add("SOCKS5 " + (type == 1 ? "ipv4 " : "ipv6 ") + address.getHostAddress() + ":");
        } else {
            byte[] name = new byte[in.readUnsignedByte()];
            in.readFully(name);
            asked.add("SOCKS5 name " + new String(name, StandardCharsets.US_ASCII));
            out.write(new byte[] {5, 2, 0, 1, 0, 0, 0, 0, 0, 0});
            return null;
        }
        int port = in.readUnsignedShort();
        asked.set(asked.size() - 1, asked.get(asked.size() - 1) + port);
        if (!address.isLoopbackAddress()) {
            out.write(new byte[] {5, 2, 0, 1, 0, 0, 0, 0, 0, 0});
            return null;
        }
        return new InetSocketAddress(address, port);
    }

    private static void relay(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException ignored) {
            // One side closed.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        workers.shutdownNow();
    }
}

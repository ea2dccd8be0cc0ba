package org.hotline.application;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web site on a loopback address for the capture tests: a page ({@link #PAGE}) with three benign pictures the test
 * generated (colour gradients with a shape), each carrying a unique marker in a PNG text chunk so that a test can look
 * for its bytes anywhere they must not be; and {@link #REDIRECT}, which sends the client to an address of the test's
 * choosing. It counts the requests it answers.
 */
final class LoopbackGallery implements AutoCloseable {

    static final String PAGE = "/gallery/page.html";
    static final String REDIRECT = "/gallery/elsewhere";

    private final HttpServer server;
    private final List<byte[]> pictures = new ArrayList<>();
    private final List<String> markers = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String redirectTo = "/";
    private volatile boolean takenDown;

    /** The site on {@code 127.0.0.1}, on a free port. */
    LoopbackGallery() throws IOException {
        this("127.0.0.1");
    }

    LoopbackGallery(String address) throws IOException {
        Color[][] colours = {{Color.RED, Color.YELLOW}, {Color.BLUE, Color.GREEN}, {Color.MAGENTA, Color.CYAN}};
        for (int i = 0; i < 3; i++) {
            String marker = "HOTLINE-TEST-MARKER-" + HexFormat.of().formatHex(java.security.SecureRandom.getSeed(16));
            markers.add(marker);
            pictures.add(withText(picture(colours[i][0], colours[i][1], i), marker));
        }
        server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** The address of a path on this site. */
    String address(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    /** The pictures as served, in page order. */
    List<byte[]> pictures() {
        return List.copyOf(pictures);
    }

    /** The marker each picture carries, in page order. */
    List<String> markers() {
        return List.copyOf(markers);
    }

    int requests() {
        return requests.get();
    }

    void redirectTo(String address) {
        this.redirectTo = address;
    }

    /** The host removes the gallery: the page and its pictures answer 404 from now on. */
    void takeDown() {
        this.takenDown = true;
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        if (takenDown && path.startsWith("/gallery/")) {
            send(exchange, 404, "text/plain", "removed".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(PAGE)) {
            send(exchange, 200, "text/html; charset=utf-8", page().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(REDIRECT)) {
            exchange.getResponseHeaders().add("Location", redirectTo);
            send(exchange, 302, "text/plain", new byte[0]);
        } else if (path.matches("/gallery/picture-[0-2]\\.png")) {
            send(exchange, 200, "image/png", pictures.get(path.charAt(path.length() - 5) - '0'));
        } else {
            send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String page() {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>A test gallery</title></head><body>");
        for (int i = 0; i < 3; i++) {
            html.append("<p><img src=\"picture-").append(i).append(".png\" alt=\"picture ").append(i).append("\"></p>");
        }
        return html.append("</body></html>").toString();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    /** A 320 x 240 gradient between two colours, with a white disc placed by {@code n}. */
    private static byte[] picture(Color from, Color to, int n) {
        BufferedImage picture = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setPaint(new GradientPaint(0, 0, from, 320, 240, to));
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.WHITE);
        g.fillOval(40 + 90 * n, 60, 80, 80);
        g.dispose();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG with a {@code tEXt} chunk holding the text, just before its last chunk ({@code IEND}). */
    private static byte[] withText(byte[] png, String text) {
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        int iend = png.length - 12;
        ByteBuffer out = ByteBuffer.allocate(png.length + chunk.capacity());
        out.put(png, 0, iend).put(chunk.array()).put(png, iend, 12);
        return out.array();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

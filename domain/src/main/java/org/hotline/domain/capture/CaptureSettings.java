package org.hotline.domain.capture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The bounds every capture works within, the proxy it goes through and the address ranges an operator allowed.
 *
 * @param connectTimeout longest wait for a connection (through the proxy, if any) and its TLS handshake
 * @param readTimeout longest silence while waiting for the next bytes of an answer
 * @param totalTime longest a whole capture takes: page, redirects and every item; a server that trickles bytes is cut
 *     off by it
 * @param maxPageBytes largest page read, counted after decompression
 * @param maxItemBytes largest image or video read, counted after decompression
 * @param maxRedirects most redirects followed for the page or for one item
 * @param maxItems most items of one page fetched; the rest are counted, not fetched
 * @param userAgent the {@code User-Agent} sent
 * @param proxy the proxy every connection goes through, if any
 * @param allow address ranges fetched although they are not public (for tests, or a hotline's own test site);
 *     empty in production
 */
public record CaptureSettings(Duration connectTimeout, Duration readTimeout, Duration totalTime, long maxPageBytes,
        long maxItemBytes, int maxRedirects, int maxItems, String userAgent, Option<CaptureProxy> proxy,
        Seq<AddressRange> allow) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_TOTAL_TIME = Duration.ofSeconds(120);
    public static final long DEFAULT_MAX_PAGE_BYTES = 5L * 1024 * 1024;
    public static final long DEFAULT_MAX_ITEM_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final int DEFAULT_MAX_ITEMS = 200;
    /** A common desktop browser's, so that the hotline's visits look like anybody's. */
    public static final String DEFAULT_USER_AGENT =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

    /** One environment variable the settings are read from, as the README's configuration table documents it. */
    public record Variable(String name, String defaultValue, String meaning) {
    }

    /** Every variable {@link #read} reads. */
    public static final List<Variable> VARIABLES = List.of(
            new Variable("HOTLINE_CAPTURE_CONNECT_TIMEOUT_SECONDS", "10", "Longest wait for a connection and its TLS handshake (1 to 300)."),
            new Variable("HOTLINE_CAPTURE_READ_TIMEOUT_SECONDS", "20", "Longest silence while waiting for the next bytes of an answer (1 to 600)."),
            new Variable("HOTLINE_CAPTURE_TOTAL_SECONDS", "120", "Longest a whole capture takes, page and items together (1 to 3600); a server trickling bytes is cut off by it."),
            new Variable("HOTLINE_CAPTURE_MAX_PAGE_BYTES", Long.toString(DEFAULT_MAX_PAGE_BYTES), "Largest page read, after decompression (1024 to 104857600)."),
            new Variable("HOTLINE_CAPTURE_MAX_ITEM_BYTES", Long.toString(DEFAULT_MAX_ITEM_BYTES), "Largest image or video read, after decompression (1024 to 1073741824)."),
            new Variable("HOTLINE_CAPTURE_MAX_REDIRECTS", "5", "Most redirects followed for a page or an item (0 to 20)."),
            new Variable("HOTLINE_CAPTURE_MAX_ITEMS", "200", "Most images and videos of one page fetched (0 to 10000); the rest are counted."),
            new Variable("HOTLINE_CAPTURE_USER_AGENT", DEFAULT_USER_AGENT, "User-Agent sent with every capture request."),
            new Variable("HOTLINE_CAPTURE_PROXY", "(none)", "Proxy every capture goes through: http://host:port, http://user:password@host:port or socks5://host:port."),
            new Variable("HOTLINE_CAPTURE_ALLOW", "(none)", "Comma-separated address ranges (CIDR) fetched although they are not public, such as 127.0.0.0/8 for a test site; empty in production."));

    public CaptureSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(totalTime, "totalTime");
        if (maxPageBytes < 1 || maxItemBytes < 1) {
            throw new IllegalArgumentException("size limits are at least one byte");
        }
        if (maxRedirects < 0 || maxItems < 0) {
            throw new IllegalArgumentException("limits on redirects and items are never negative");
        }
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.length() > 512 || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
            throw new IllegalArgumentException("a User-Agent is up to 512 printable ASCII characters");
        }
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(allow, "allow");
    }

    /** The documented defaults: no proxy, nothing but public addresses. */
    public static CaptureSettings defaults() {
        return new CaptureSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_TOTAL_TIME,
                DEFAULT_MAX_PAGE_BYTES, DEFAULT_MAX_ITEM_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_MAX_ITEMS,
                DEFAULT_USER_AGENT, Option.none(), io.vavr.collection.List.empty());
    }

    /**
     * Reads the {@code HOTLINE_CAPTURE_*} variables (a missing or blank one takes its default), or every problem with
     * them, one line each, naming the variable.
     */
    public static Either<Seq<String>, CaptureSettings> read(Map<String, String> environment) {
        var reader = new Reader(environment);
        Duration connect = Duration.ofSeconds(reader.number("HOTLINE_CAPTURE_CONNECT_TIMEOUT_SECONDS", 10, 1, 300));
        Duration read = Duration.ofSeconds(reader.number("HOTLINE_CAPTURE_READ_TIMEOUT_SECONDS", 20, 1, 600));
        Duration total = Duration.ofSeconds(reader.number("HOTLINE_CAPTURE_TOTAL_SECONDS", 120, 1, 3600));
        long page = reader.number("HOTLINE_CAPTURE_MAX_PAGE_BYTES", DEFAULT_MAX_PAGE_BYTES, 1024, 100L * 1024 * 1024);
        long item = reader.number("HOTLINE_CAPTURE_MAX_ITEM_BYTES", DEFAULT_MAX_ITEM_BYTES, 1024, 1024L * 1024 * 1024);
        int redirects = (int) reader.number("HOTLINE_CAPTURE_MAX_REDIRECTS", DEFAULT_MAX_REDIRECTS, 0, 20);
        int items = (int) reader.number("HOTLINE_CAPTURE_MAX_ITEMS", DEFAULT_MAX_ITEMS, 0, 10_000);
        String userAgent = reader.text("HOTLINE_CAPTURE_USER_AGENT").getOrElse(DEFAULT_USER_AGENT);
        if (userAgent.length() > 512 || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
            reader.problem("HOTLINE_CAPTURE_USER_AGENT", "must be up to 512 printable ASCII characters");
            userAgent = DEFAULT_USER_AGENT;
        }
        Option<CaptureProxy> proxy = reader.text("HOTLINE_CAPTURE_PROXY").flatMap(text -> CaptureProxy.parse(text)
                .peekLeft(problem -> reader.problem("HOTLINE_CAPTURE_PROXY", problem)).toOption());
        Seq<AddressRange> allow = reader.text("HOTLINE_CAPTURE_ALLOW").map(list -> io.vavr.collection.List.of(list.split(","))
                .map(String::strip).filter(entry -> !entry.isEmpty())
                .flatMap(entry -> AddressRange.parse(entry)
                        .peekLeft(problem -> reader.problem("HOTLINE_CAPTURE_ALLOW", "lists address ranges in CIDR form: " + problem))
                        .toOption()))
                .getOrElse(io.vavr.collection.List.empty());
        if (!reader.problems.isEmpty()) {
            return Either.left(io.vavr.collection.List.ofAll(reader.problems));
        }
        return Either.right(new CaptureSettings(connect, read, total, page, item, redirects, items, userAgent, proxy, allow));
    }

    /** The settings in effect, for the start-up log; never the proxy's password. */
    public String describe() {
        return "connect " + connectTimeout.toSeconds() + " s, read " + readTimeout.toSeconds() + " s, total "
                + totalTime.toSeconds() + " s, page " + maxPageBytes + " B, item " + maxItemBytes + " B, "
                + maxRedirects + " redirects, " + maxItems + " items, proxy " + proxy.map(CaptureProxy::toString).getOrElse("none")
                + ", allowed " + (allow.isEmpty() ? "nothing but public addresses" : allow.mkString(" "));
    }

    @Override
    public String toString() {
        return "CaptureSettings[" + describe() + "]";
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " is a positive time");
        }
    }

    private static final class Reader {
        private final Map<String, String> environment;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> environment) {
            this.environment = environment;
        }

        Option<String> text(String variable) {
            return Option.of(environment.get(variable)).map(String::strip).filter(value -> !value.isEmpty());
        }

        long number(String variable, long fallback, long min, long max) {
            Option<String> given = text(variable);
            if (given.isEmpty()) {
                return fallback;
            }
            try {
                long value = Long.parseLong(given.get());
                if (value < min || value > max) {
                    problem(variable, "must be between " + min + " and " + max + ", not " + value);
                    return fallback;
                }
                return value;
            } catch (NumberFormatException e) {
                problem(variable, "must be a whole number, not '" + given.get() + "'");
                return fallback;
            }
        }

        void problem(String variable, String message) {
            problems.add(variable + " " + message + ".");
        }
    }
}

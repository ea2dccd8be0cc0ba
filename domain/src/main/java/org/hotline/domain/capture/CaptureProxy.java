package org.hotline.domain.capture;

import java.util.Locale;
import java.util.Objects;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The proxy every capture goes through, so that sites see the proxy rather than the hotline: an HTTP proxy (reached
 * with {@code CONNECT} for every address, so that it is told the checked network address and never resolves a name
 * itself), optionally with a user name and password, or a SOCKS proxy (version 5, falling back to 4).
 *
 * <p>Written {@code http://host:port}, {@code http://user:password@host:port} or {@code socks5://host:port}
 * ({@code socks://} too). The password never appears in {@link #toString()}.
 */
@ValueObject
public record CaptureProxy(Kind kind, String host, int port, Option<String> user, Option<String> password) {

    /** How the proxy is spoken to. */
    public enum Kind { HTTP, SOCKS }

    public CaptureProxy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (host.isBlank() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@')) {
            throw new IllegalArgumentException("a proxy host is a name or an address");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a proxy port is 1 to 65535, not " + port);
        }
        if (user.isDefined() != password.isDefined()) {
            throw new IllegalArgumentException("a proxy user comes with a password");
        }
        if (user.isDefined() && kind == Kind.SOCKS) {
            throw new IllegalArgumentException("a user and password are supported for HTTP proxies only");
        }
    }

    /** Reads the written form; the reason names what is wrong (and never repeats a password). */
    public static Either<String, CaptureProxy> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        int scheme = trimmed.indexOf("://");
        if (scheme < 0) {
            return Either.left("must be written http://host:port or socks5://host:port");
        }
        Kind kind = switch (trimmed.substring(0, scheme).toLowerCase(Locale.ROOT)) {
            case "http" -> Kind.HTTP;
            case "socks", "socks5" -> Kind.SOCKS;
            default -> null;
        };
        if (kind == null) {
            return Either.left("must start with http:// or socks5://");
        }
        String rest = trimmed.substring(scheme + 3);
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        int at = rest.lastIndexOf('@');
        Option<String> user = Option.none();
        Option<String> password = Option.none();
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            int colon = credentials.indexOf(':');
            if (colon <= 0 || kind == Kind.SOCKS) {
                return Either.left("takes a user and password (user:password@) for HTTP proxies only");
            }
            user = Option.some(credentials.substring(0, colon));
            password = Option.some(credentials.substring(colon + 1));
            rest = rest.substring(at + 1);
        }
        int colon = rest.lastIndexOf(':');
        String host = colon < 0 ? "" : rest.substring(0, colon);
        String port = colon < 0 ? "" : rest.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@') || port.isEmpty()
                || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            return Either.left("must name a host and a port from 1 to 65535, as in http://127.0.0.1:8118");
        }
        return Either.right(new CaptureProxy(kind, host, Integer.parseInt(port), user, password));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + "://" + user.map(u -> u + ":***@").getOrElse("")
                + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}

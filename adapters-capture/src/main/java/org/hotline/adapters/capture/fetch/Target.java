package org.hotline.adapters.capture.fetch;

import io.vavr.control.Either;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.report.ReportedUrl;

/**
 * What a request needs from an address in canonical form: the scheme, the host (IPv6 in brackets), the port, the
 * {@code Host} header and the request target (path and query). Any user name and password in the address are
 * dropped: the fetcher sends no credentials.
 */
record Target(boolean secure, String host, int port, String hostHeader, String pathAndQuery) {

    static Either<CaptureFailure, Target> of(ReportedUrl address) {
        String canonical = address.canonical();
        int schemeEnd = canonical.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : canonical.substring(0, schemeEnd);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Either.left(new CaptureFailure.UnsupportedAddress(canonical, "only http and https are fetched"));
        }
        int authorityStart = schemeEnd + 3;
        int pathStart = authorityStart;
        while (pathStart < canonical.length() && "/?#".indexOf(canonical.charAt(pathStart)) < 0) {
            pathStart++;
        }
        String authority = canonical.substring(authorityStart, pathStart);
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String path = pathStart < canonical.length() ? canonical.substring(pathStart) : "/";
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        int portStart = hostPort.startsWith("[") ? hostPort.indexOf("]:") + 1 : hostPort.lastIndexOf(':');
        String host = portStart > 0 ? hostPort.substring(0, portStart) : hostPort;
        boolean secure = scheme.equals("https");
        int port = secure ? 443 : 80;
        if (portStart > 0) {
            try {
                port = Integer.parseInt(hostPort.substring(portStart + 1));
            } catch (NumberFormatException e) {
                return Either.left(new CaptureFailure.UnsupportedAddress(canonical, "the port is not a number"));
            }
        }
        if (host.isEmpty()) {
            return Either.left(new CaptureFailure.UnsupportedAddress(canonical, "the address has no host"));
        }
        return Either.right(new Target(secure, host, port, hostPort, path));
    }

    /** The host as TLS names it: without brackets. */
    String bareHost() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** The address as a proxy or a log names it. */
    String origin() {
        return (secure ? "https://" : "http://") + hostHeader;
    }
}

package org.hotline.domain.hosting.address;

import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.FieldError;

/** The host part of a web address: a name that DNS resolves, or an address written out in numbers. */
public sealed interface Host {

    /** The host as it is written in an address. */
    String text();

    /** A host name, resolved through DNS. */
    record Named(DomainName name) implements Host {
        public Named {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String text() {
            return name.value();
        }
    }

    /** A host given as an IP address: nothing to resolve. */
    record Numeric(IpAddress address) implements Host {
        public Numeric {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String text() {
            return address.isIpv4() ? address.toString() : "[" + address + "]";
        }
    }

    /**
     * Reads a host as it stands in a web address or as staff type it: a host name, a dotted IPv4 address, or an IPv6
     * address with or without its square brackets.
     */
    static Either<FieldError, Host> parse(String text) {
        if (text == null || text.isBlank()) {
            return Either.left(new FieldError("", "required", "A host name or address is required."));
        }
        String host = text.strip();
        boolean bracketed = host.startsWith("[") && host.endsWith("]");
        String inner = bracketed ? host.substring(1, host.length() - 1) : host;
        if (bracketed || inner.indexOf(':') >= 0) {
            return IpAddress.parse(inner).filter(address -> !address.isIpv4())
                    .<Either<FieldError, Host>>map(address -> Either.right(new Numeric(address)))
                    .getOrElse(() -> Either.left(new FieldError("", "host.invalid",
                            "'" + host + "' is not a valid IPv6 address.")));
        }
        var ipv4 = IpAddress.parse(inner);
        if (ipv4.isDefined()) {
            return Either.right(new Numeric(ipv4.get()));
        }
        return DomainName.parse(inner).map(Named::new);
    }
}

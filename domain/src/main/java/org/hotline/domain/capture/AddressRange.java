package org.hotline.domain.capture;

import java.util.Objects;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A block of IP addresses written in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}); a single address is a block
 * of one ({@code /32} or {@code /128}). The network address has no bits set past the prefix: {@code 10.0.0.1/8} is
 * refused rather than silently read as {@code 10.0.0.0/8}, because it is usually a typing mistake.
 */
@ValueObject
public record AddressRange(IpAddress network, int prefixLength) {

    public AddressRange {
        Objects.requireNonNull(network, "network");
        int bits = network.length() * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("a prefix length is 0 to " + bits + ", not " + prefixLength);
        }
        for (int bit = prefixLength; bit < bits; bit++) {
            if (bitAt(network, bit)) {
                throw new IllegalArgumentException(network.text() + "/" + prefixLength + " has bits set past its prefix");
            }
        }
    }

    /** Reads {@code address/prefix} or a single address; the reason names what is wrong. */
    public static Either<String, AddressRange> parse(String text) {
        if (text == null || text.isBlank()) {
            return Either.left("an address range is required");
        }
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        Either<String, IpAddress> address = IpAddress.parse(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (address.isLeft()) {
            return Either.left(address.getLeft());
        }
        int bits = address.get().length() * 8;
        int prefix = bits;
        if (slash >= 0) {
            String written = trimmed.substring(slash + 1);
            if (written.isEmpty() || written.length() > 3 || !written.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(written) > bits) {
                return Either.left("'" + trimmed + "' needs a prefix length of 0 to " + bits + " after the slash");
            }
            prefix = Integer.parseInt(written);
        }
        for (int bit = prefix; bit < bits; bit++) {
            if (bitAt(address.get(), bit)) {
                return Either.left("'" + trimmed + "' has bits set past its prefix length; the block starts at "
                        + masked(address.get(), prefix).text() + "/" + prefix);
            }
        }
        return Either.right(new AddressRange(address.get(), prefix));
    }

    /** Reads a range that is known to be well written, such as one of the registry's special blocks. */
    public static AddressRange of(String text) {
        return parse(text).getOrElseThrow((String problem) -> new IllegalArgumentException(problem));
    }

    /** True when the address is of the same family and its first {@code prefixLength} bits are the network's. */
    public boolean contains(IpAddress address) {
        if (address.length() != network.length()) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            if (bitAt(address, bit) != bitAt(network, bit)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return network.text() + "/" + prefixLength;
    }

    private static boolean bitAt(IpAddress address, int bit) {
        return (address.unsigned(bit / 8) & (0x80 >>> (bit % 8))) != 0;
    }

    private static IpAddress masked(IpAddress address, int prefix) {
        byte[] bytes = address.bytes();
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return IpAddress.of(bytes);
    }
}

package org.hotline.adapters.capture.fetch;

import java.net.UnknownHostException;
import java.util.List;

import org.hotline.domain.capture.IpAddress;

/**
 * Looks a host name up. Only names reach it: addresses written as numbers are read by {@link HostLiteral}. Behind an
 * interface so that tests can make a name resolve to loopback or private addresses.
 */
@FunctionalInterface
public interface NameResolver {

    /**
     * Every address of the name, in the order to try them.
     *
     * @throws UnknownHostException when the name has no address
     */
    List<IpAddress> resolve(String name) throws UnknownHostException;

    /** The system's resolver (the JDK's, which asks the operating system). */
    static NameResolver system() {
        return name -> {
            java.net.InetAddress[] found = java.net.InetAddress.getAllByName(name);
            return java.util.Arrays.stream(found).map(a -> IpAddress.of(a.getAddress())).toList();
        };
    }
}

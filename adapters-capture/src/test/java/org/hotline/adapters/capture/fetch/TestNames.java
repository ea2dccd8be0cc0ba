package org.hotline.adapters.capture.fetch;

import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.hotline.domain.capture.IpAddress;

/**
 * A name resolver for tests: {@code *.test} names that resolve to what the test says, loopback and private addresses
 * among them. Nothing is ever looked up in the real DNS. Counts its look-ups.
 */
public final class TestNames implements NameResolver {

    private final Map<String, List<IpAddress>> names;
    private final AtomicInteger lookups = new AtomicInteger();

    public TestNames(Map<String, List<String>> names) {
        this.names = names.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(text -> IpAddress.parse(text).get()).toList()));
    }

    /** site.test and www.site.test: loopback; private.test: 10.0.0.1; mixed.test: loopback and 192.168.1.1. */
    public static TestNames standard() {
        return new TestNames(Map.of(
                "site.test", List.of("127.0.0.1"),
                "www.site.test", List.of("127.0.0.1"),
                "private.test", List.of("10.0.0.1"),
                "metadata.test", List.of("169.254.169.254"),
                "mixed.test", List.of("127.0.0.1", "192.168.1.1"),
                "v6.test", List.of("::1")));
    }

    @Override
    public List<IpAddress> resolve(String name) throws UnknownHostException {
        lookups.incrementAndGet();
        List<IpAddress> found = names.get(name);
        if (found == null) {
            throw new UnknownHostException(name);
        }
        return found;
    }

    public int lookups() {
        return lookups.get();
    }
}

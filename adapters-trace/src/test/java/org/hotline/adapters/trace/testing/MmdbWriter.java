package org.hotline.adapters.trace.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotline.domain.hosting.address.IpAddress;

/**
 * Writes small MaxMind DB files (format 2.0, as MaxMind documents it) for tests: an IPv6 search tree with 32-bit
 * records, IPv4 networks under {@code ::/96} as the format places them, and one map of strings per network.
 */
public final class MmdbWriter {

    private static final byte[] METADATA_MARKER = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF, 'M', 'a', 'x', 'M', 'i', 'n', 'd',
            '.', 'c', 'o', 'm'};

    private final String databaseType;
    private final long buildEpoch;
    private final Node root = new Node();
    private final Map<Map<String, Object>, Integer> values = new LinkedHashMap<>();

    /** A node of the search tree; each side is a node, a value (an Integer: its number), or nothing. */
    private static final class Node {
        Object[] sides = new Object[2];
    }

    public MmdbWriter(String databaseType, long buildEpoch) {
        this.databaseType = databaseType;
        this.buildEpoch = buildEpoch;
    }

    /** A writer of country databases as {@code @ip-location-db} makes them. */
    public static MmdbWriter countries() {
        return new MmdbWriter("country ipvAll", 1_767_225_600L);
    }

    /** The network ({@code 192.0.2.0/24}, {@code 2001:db8::/32}) has the country: {@code {"country_code": "NL"}}. */
    public MmdbWriter country(String network, String country) {
        return insert(network, Map.of("country_code", country));
    }

    /** The network has the record, a map of strings or of maps of strings. */
    public MmdbWriter insert(String network, Map<String, Object> record) {
        String[] parts = network.split("/");
        IpAddress address = IpAddress.parse(parts[0]).get();
        int length = Integer.parseInt(parts[1]) + (address.isIpv4() ? 96 : 0);
        long high = address.isIpv4() ? 0 : address.high();
        long low = address.low();
        int value = values.computeIfAbsent(record, r -> values.size());
        Node node = root;
        for (int bit = 0; bit < length - 1; bit++) {
            int side = bitAt(high, low, bit);
            if (!(node.sides[side] instanceof Node)) {
                Node child = new Node();
                child.sides[0] = node.sides[side];
                child.sides[1] = node.sides[side];
                node.sides[side] = child;
            }
            node = (Node) node.sides[side];
        }
        node.sides[bitAt(high, low, length - 1)] = value;
        return this;
    }

    public byte[] write() {
        List<Node> nodes = numbered();
        Map<Node, Integer> numbers = new java.util.IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            numbers.put(nodes.get(i), i);
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        for (Map<String, Object> record : values.keySet()) {
            offsets.add(data.size());
            encode(record, data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (Node node : nodes) {
            for (Object side : node.sides) {
                long record = side instanceof Node child ? numbers.get(child)
                        : side instanceof Integer value ? nodes.size() + 16L + offsets.get(value) : nodes.size();
                writeUnsigned(file, record, 4);
            }
        }
        file.writeBytes(new byte[16]);
        file.writeBytes(data.toByteArray());
        file.writeBytes(METADATA_MARKER);
        encode(metadata(nodes.size()), file);
        return file.toByteArray();
    }

    private Map<String, Object> metadata(int nodeCount) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("node_count", new Unsigned(nodeCount, 6));
        metadata.put("record_size", new Unsigned(32, 5));
        metadata.put("ip_version", new Unsigned(6, 5));
        metadata.put("database_type", databaseType);
        metadata.put("languages", List.of("en"));
        metadata.put("binary_format_major_version", new Unsigned(2, 5));
        metadata.put("binary_format_minor_version", new Unsigned(0, 5));
        metadata.put("build_epoch", new Unsigned(buildEpoch, 9));
        metadata.put("description", Map.of("en", "test data"));
        return metadata;
    }

    /** An unsigned number of a given MaxMind type: 5 uint16, 6 uint32, 9 uint64. */
    private record Unsigned(long value, int type) {
    }

    private List<Node> numbered() {
        List<Node> nodes = new ArrayList<>();
        ArrayDeque<Node> waiting = new ArrayDeque<>(List.of(root));
        while (!waiting.isEmpty()) {
            Node node = waiting.removeFirst();
            nodes.add(node);
            for (Object side : node.sides) {
                if (side instanceof Node child) {
                    waiting.addLast(child);
                }
            }
        }
        return nodes;
    }

    private static void encode(Object value, ByteArrayOutputStream out) {
        if (value instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            control(out, 2, bytes.length);
            out.writeBytes(bytes);
        } else if (value instanceof Unsigned number) {
            int size = (64 - Long.numberOfLeadingZeros(number.value()) + 7) / 8;
            control(out, number.type(), size);
            writeUnsigned(out, number.value(), size);
        } else if (value instanceof Map<?, ?> map) {
            control(out, 7, map.size());
            map.forEach((key, item) -> {
                encode(key, out);
                encode(item, out);
            });
        } else if (value instanceof List<?> list) {
            control(out, 11, list.size());
            list.forEach(item -> encode(item, out));
        } else {
            throw new IllegalArgumentException("cannot encode " + value);
        }
    }

    /** A control byte: the type (extended types above 7 in a second byte) and the size (larger sizes in more bytes). */
    private static void control(ByteArrayOutputStream out, int type, int size) {
        int sizeBits = size < 29 ? size : size < 285 ? 29 : 30;
        out.write((type > 7 ? 0 : type) << 5 | sizeBits);
        if (type > 7) {
            out.write(type - 7);
        }
        if (sizeBits == 29) {
            out.write(size - 29);
        } else if (sizeBits == 30) {
            writeUnsigned(out, size - 285, 2);
        }
    }

    private static void writeUnsigned(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }

    private static int bitAt(long high, long low, int bit) {
        return (int) (bit < 64 ? high >>> (63 - bit) : low >>> (127 - bit)) & 1;
    }
}

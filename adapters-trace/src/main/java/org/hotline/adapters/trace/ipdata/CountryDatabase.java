package org.hotline.adapters.trace.ipdata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.maxmind.db.CHMCache;
import com.maxmind.db.DatabaseRecord;
import com.maxmind.db.Network;
import com.maxmind.db.Networks;
import com.maxmind.db.Reader;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.DataSetVersion;
import org.hotline.domain.hosting.address.IpAddress;

/**
 * Countries from a MaxMind DB file: {@code @ip-location-db/geo-whois-asn-country-mmdb} (records
 * {@code {"country_code": "BE"}}) or any country database in MaxMind's own layout ({@code {"country": {"iso_code":
 * "BE"}}}). MaxMind's reader walks every network of the file once, at load; neighbouring networks of one country
 * become one range of a {@link RangeIndex}, which answers lookups without allocating. Nothing of the file is kept, so
 * replacing it on disk never disturbs lookups in flight.
 */
final class CountryDatabase {

    static final String PACKAGE = "@ip-location-db/geo-whois-asn-country-mmdb";
    static final String FILE = "geo-whois-asn-country.mmdb";

    private final RangeIndex ranges;
    private final List<Option<CountryCode>> countries;

    private CountryDatabase(RangeIndex ranges, List<Option<CountryCode>> countries) {
        this.ranges = ranges;
        this.countries = countries;
    }

    static Loaded<CountryDatabase> load(Path directory) throws UnusableData {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw UnusableData.missing(file + " is missing");
        }
        byte[] content;
        Reader reader;
        try {
            content = Files.readAllBytes(file);
            reader = new Reader(new ByteArrayInputStream(content), new CHMCache());
        } catch (IOException | RuntimeException e) {
            throw UnusableData.corrupt(file + " is not a MaxMind DB file: " + e.getMessage(), e);
        }
        String type = String.valueOf(reader.getMetadata().getDatabaseType());
        if (!type.toLowerCase(Locale.ROOT).contains("country")) {
            throw UnusableData.corrupt(file + " is not a country database (its type is '" + type + "')", null);
        }
        CountryDatabase database = index(file, reader);
        String summary = String.format("%,d IPv4 and %,d IPv6 ranges from %,d bytes", database.ranges.ipv4Count(),
                database.ranges.ipv6Count(), content.length);
        return new Loaded<>(database, version(directory, reader, content), summary);
    }

    /** Walks every network of the file into the range index. */
    private static CountryDatabase index(Path file, Reader reader) throws UnusableData {
        RangeIndex.Builder ranges = new RangeIndex.Builder();
        Map<String, Integer> numbers = new HashMap<>();
        List<Option<CountryCode>> countries = new ArrayList<>();
        try {
            @SuppressWarnings("rawtypes")
            Networks<Map> networks = reader.networks(false, Map.class);
            while (networks.hasNext()) {
                @SuppressWarnings("rawtypes")
                DatabaseRecord<Map> record = networks.next();
                Option<String> code = countryIn(record.getData());
                if (code.isEmpty()) {
                    continue;
                }
                int number = numbers.computeIfAbsent(code.get(), text -> {
                    countries.add(CountryCode.parse(text));
                    return countries.size() - 1;
                });
                IpAddress[] bounds = bounds(record.getNetwork());
                ranges.add(bounds[0], bounds[1], number);
            }
        } catch (IOException | com.maxmind.db.InvalidNetworkException | RuntimeException e) {
            throw UnusableData.corrupt(file + " cannot be searched: " + e.getMessage(), e);
        }
        return new CountryDatabase(ranges.build(), List.copyOf(countries));
    }

    /** The first and last address of a network. */
    private static IpAddress[] bounds(Network network) {
        IpAddress first = IpAddress.ofBytes(network.getNetworkAddress().getAddress()).get();
        int prefix = network.getPrefixLength();
        if (first.isIpv4()) {
            long hostBits = prefix >= 32 ? 0 : (1L << (32 - prefix)) - 1;
            return new IpAddress[] {first, IpAddress.ipv4(first.low() | hostBits)};
        }
        long highHostBits = prefix >= 64 ? 0 : prefix == 0 ? -1L : -1L >>> prefix;
        long lowHostBits = prefix <= 64 ? -1L : prefix >= 128 ? 0 : -1L >>> (prefix - 64);
        return new IpAddress[] {first, IpAddress.ipv6(first.high() | highHostBits, first.low() | lowHostBits)};
    }

    private static DataSetVersion version(Path directory, Reader reader, byte[] content) {
        var built = reader.getMetadata().getBuildDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        var known = DataFiles.Package.in(directory);
        String details = "(built " + built + ", sha256 " + DataFiles.shortDigest(content) + ")";
        return DataSetVersion.of(known.map(DataFiles.Package::name).orElse(PACKAGE),
                known.map(p -> p.version() + " " + details).orElse(details));
    }

    /** The ranges, numbered by {@link #countryOf}. */
    RangeIndex ranges() {
        return ranges;
    }

    /** The country a range number stands for. */
    Option<CountryCode> countryOf(int number) {
        return countries.get(number);
    }

    /** The country the address is registered in; none where the data has none. */
    Option<CountryCode> country(IpAddress address) {
        int number = ranges.find(address);
        return number == RangeIndex.NONE ? Option.none() : countries.get(number);
    }

    private static Option<String> countryIn(Map<?, ?> record) {
        if (record == null) {
            return Option.none();
        }
        Object code = record.get("country_code");
        if (code == null && record.get("country") instanceof Map<?, ?> country) {
            code = country.get("iso_code");
        }
        return code instanceof String text ? Option.some(text) : Option.none();
    }
}

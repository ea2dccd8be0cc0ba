package org.hotline.adapters.trace.ipdata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.vavr.control.Option;
import org.hotline.domain.hosting.AddressFacts;
import org.hotline.domain.hosting.CdnNetworks;
import org.hotline.domain.hosting.DataSetVersion;
import org.hotline.domain.hosting.IpData;
import org.hotline.domain.hosting.IpDataVersion;
import org.hotline.domain.hosting.address.IpAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IP data in a directory (by default {@code <HOTLINE_DATA_DIR>/ip}, filled by {@code scripts/fetch-ip-data.sh}):
 * <ul>
 *   <li>{@code geo-whois-asn-country/geo-whois-asn-country.mmdb}: countries;</li>
 *   <li>{@code asn/asn-ipv4.csv} and {@code asn/asn-ipv6.csv}: AS numbers and organisations;</li>
 *   <li>{@code cdn-networks.txt} (optional): an administrator's additions to the built-in CDN list.</li>
 * </ul>
 * What is missing or unreadable is said plainly and left unknown; nothing here stops the program. {@link #refresh}
 * loads files that changed since they were last read, and a newer view replaces the current one at once, while
 * traces already running finish on theirs. A file that changed but cannot be read leaves its last good version in use.
 */
public final class IpDataDirectory implements IpData, AutoCloseable {

    public static final String COUNTRIES = "geo-whois-asn-country";
    public static final String NETWORKS = "asn";
    public static final String CDN_FILE = "cdn-networks.txt";
    static final String CDN_RESOURCE = "cdn-networks.txt";

    private static final Logger LOG = LoggerFactory.getLogger(IpDataDirectory.class);
    private static final String FETCH_HINT = "fetch it with scripts/fetch-ip-data.sh";

    private final Path directory;
    private final Part<CountryDatabase> countries;
    private final Part<AsnRanges> networks;
    private final Part<CdnList.Parsed> localCdns;
    private final CdnList.Parsed builtInCdns;
    private final String builtInDigest;
    private volatile Snapshot snapshot;
    private ScheduledExecutorService watcher;

    private IpDataDirectory(Path directory) {
        this.directory = directory;
        Path countryDirectory = directory.resolve(COUNTRIES);
        Path networkDirectory = directory.resolve(NETWORKS);
        this.countries = new Part<>("countries", false, List.of(countryDirectory.resolve(CountryDatabase.FILE),
                countryDirectory.resolve("package.json")), () -> CountryDatabase.load(countryDirectory));
        this.networks = new Part<>("networks", false, List.of(networkDirectory.resolve(AsnCsv.FILES.get(0)),
                networkDirectory.resolve(AsnCsv.FILES.get(1)), networkDirectory.resolve("package.json")),
                () -> AsnCsv.load(networkDirectory));
        this.localCdns = new Part<>("local CDN networks", true, List.of(directory.resolve(CDN_FILE)), this::loadLocalCdns);
        byte[] builtIn = builtInList();
        this.builtInDigest = DataFiles.shortDigest(builtIn);
        this.builtInCdns = CdnList.parse(new String(builtIn, StandardCharsets.UTF_8), "built-in " + CDN_RESOURCE);
        if (!builtInCdns.problems().isEmpty()) {
            throw new IllegalStateException("the built-in CDN list is wrong: " + builtInCdns.problems());
        }
    }

    /** Loads what the directory holds and logs what it found, and what is missing and what that means. */
    public static IpDataDirectory open(Path directory) {
        IpDataDirectory data = load(directory);
        for (String line : data.status()) {
            (line.contains("not loaded") ? LOG.atWarn() : LOG.atInfo()).log("IP data: " + line);
        }
        return data;
    }

    /** Loads what the directory holds, saying nothing: the caller tells of {@link #status()} its own way. */
    public static IpDataDirectory load(Path directory) {
        IpDataDirectory data = new IpDataDirectory(Objects.requireNonNull(directory, "directory"));
        data.refresh();
        return data;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public View current() {
        return snapshot;
    }

    /**
     * Reloads the data sets whose files changed since they were last read; what happened, one line each (nothing
     * when nothing changed).
     */
    public synchronized List<String> refresh() {
        List<String> notices = new ArrayList<>();
        countries.refresh().forEach(notices::add);
        networks.refresh().forEach(notices::add);
        localCdns.refresh().forEach(notices::add);
        if (snapshot == null || !notices.isEmpty()) {
            snapshot = snapshot();
        }
        return notices;
    }

    /** Checks for newer data every so often, on a background thread, until closed. */
    public synchronized void watch(Duration every) {
        if (watcher != null) {
            return;
        }
        watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ip-data-watch");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(() -> {
            try {
                refresh().forEach(notice -> LOG.atInfo().log("IP data: " + notice));
            } catch (RuntimeException e) {
                LOG.atWarn().setCause(e).log("IP data: checking for newer data failed");
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What is loaded and what is not, one line per data set, for the start-up log and for staff. */
    public List<String> status() {
        List<String> lines = new ArrayList<>();
        lines.add(countries.status(FETCH_HINT + "; until then every country is unknown, and analysts enter it"));
        lines.add(networks.status(FETCH_HINT + "; until then AS numbers and organisations are unknown"));
        var local = localCdns.loaded.map(l -> l.data().networks().size()).getOrElse(0);
        lines.add(String.format("CDN networks: %d built in, %d from %s", builtInCdns.networks().size(), local,
                directory.resolve(CDN_FILE)));
        localCdns.loaded.forEach(l -> lines.addAll(l.data().problems()));
        localCdns.problem.forEach(lines::add);
        return lines;
    }

    /** The country database in use, or null: for measurements in this package. */
    CountryDatabase countryDatabase() {
        return snapshot.countries();
    }

    /** The AS ranges in use, or null: for measurements in this package. */
    AsnRanges asnRanges() {
        return snapshot.networks();
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    private Snapshot snapshot() {
        CdnNetworks cdns = builtInCdns.networks();
        String cdnVersion = "built-in sha256 " + builtInDigest;
        if (localCdns.loaded.isDefined()) {
            cdns = cdns.and(localCdns.loaded.get().data().networks());
            cdnVersion += " + " + localCdns.loaded.get().version().version().get();
        }
        var version = new IpDataVersion(
                countries.version(CountryDatabase.PACKAGE), networks.version(AsnCsv.PACKAGE),
                DataSetVersion.of("CDN networks", cdnVersion));
        CountryDatabase countryData = countries.loaded.map(Loaded::data).getOrNull();
        AsnRanges networkData = networks.loaded.map(Loaded::data).getOrNull();
        return new Snapshot(countryData, networkData, AddressIndex.of(countryData, networkData), cdns, version);
    }

    private Loaded<CdnList.Parsed> loadLocalCdns() throws UnusableData {
        Path file = directory.resolve(CDN_FILE);
        if (!Files.isRegularFile(file)) {
            throw UnusableData.missing(file + " is missing");
        }
        try {
            byte[] content = Files.readAllBytes(file);
            CdnList.Parsed parsed = CdnList.parse(new String(content, StandardCharsets.UTF_8), file.toString());
            return new Loaded<>(parsed, DataSetVersion.of(CDN_FILE, CDN_FILE + " sha256 " + DataFiles.shortDigest(content)),
                    parsed.networks().size() + " networks");
        } catch (IOException e) {
            throw UnusableData.corrupt(file + " could not be read: " + e.getMessage(), e);
        }
    }

    private static byte[] builtInList() {
        try (InputStream in = IpDataDirectory.class.getResourceAsStream(CDN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in CDN list " + CDN_RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the built-in CDN list cannot be read", e);
        }
    }

    /** Loads one data set. */
    @FunctionalInterface
    private interface Loader<T> {
        Loaded<T> load() throws UnusableData;
    }

    /** One data set: the files it comes from, its last good version, and what went wrong last. */
    private static final class Part<T> {
        private final String label;
        private final boolean optional;
        private final List<Path> files;
        private final Loader<T> loader;
        private DataFiles.Stamp seen;
        private Option<Loaded<T>> loaded = Option.none();
        private Option<String> problem = Option.none();

        Part(String label, boolean optional, List<Path> files, Loader<T> loader) {
            this.label = label;
            this.optional = optional;
            this.files = files;
            this.loader = loader;
        }

        /** Reloads when the files changed; a notice of what happened, or nothing when they did not. */
        Option<String> refresh() {
            DataFiles.Stamp now = DataFiles.Stamp.of(files);
            if (now.equals(seen)) {
                return Option.none();
            }
            seen = now;
            try {
                Loaded<T> fresh = loader.load();
                loaded = Option.some(fresh);
                problem = Option.none();
                return Option.some(label + ": loaded " + fresh.version() + ", " + fresh.summary());
            } catch (UnusableData e) {
                return failed(e);
            }
        }

        private Option<String> failed(UnusableData e) {
            if (e.isMissing()) {
                boolean had = loaded.isDefined();
                loaded = Option.none();
                problem = optional ? Option.none() : Option.some(e.getMessage());
                if (optional) {
                    return had ? Option.some(label + ": " + e.getMessage() + "; none in use") : Option.none();
                }
                return Option.some(label + (had ? ": no longer loaded: " : ": ") + e.getMessage());
            }
            problem = Option.some(e.getMessage());
            return Option.some(label + ": " + e.getMessage()
                    + loaded.map(l -> "; still using " + l.version()).getOrElse("; not loaded"));
        }

        DataSetVersion version(String name) {
            return loaded.map(Loaded::version).getOrElse(() -> DataSetVersion.absent(name));
        }

        String status(String whenMissing) {
            if (loaded.isDefined()) {
                String line = label + ": " + loaded.get().version() + ", " + loaded.get().summary();
                return problem.map(p -> line + " (a newer file could not be read: " + p + ")").getOrElse(line);
            }
            return label + ": not loaded: " + problem.getOrElse("no data") + "; " + whenMissing;
        }
    }

    /** One version of the data: what a trace reads from start to end. */
    private record Snapshot(CountryDatabase countries, AsnRanges networks, AddressIndex index, CdnNetworks cdnNetworks,
            IpDataVersion version) implements View {

        @Override
        public AddressFacts lookUp(IpAddress address) {
            return index.lookUp(address);
        }
    }
}

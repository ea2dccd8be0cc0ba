package org.hotline.adapters.rdap;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.SettingsReader;
import org.hotline.domain.SettingsReader.Variable;

/**
 * Where the RDAP bootstrap files are read from, and how long a registry may take to answer.
 *
 * @param bootstrap the directory (a {@code file:} address) or web address that holds {@code ipv4.json},
 *     {@code ipv6.json}, {@code asn.json} and {@code dns.json}, ending with a slash
 * @param timeout the longest wait for a connection and for each answer
 */
public record RdapSettings(URI bootstrap, Duration timeout) {

    public static final String IANA = "https://data.iana.org/rdap/";

    /** Every variable {@link #read} reads. */
    public static final List<Variable> VARIABLES = List.of(
            new Variable("HOTLINE_RDAP_BOOTSTRAP", IANA, "Directory or address (http, https) holding the RDAP bootstrap files ipv4.json, ipv6.json, asn.json and dns.json, which say whom to ask about an address, a network or a domain; off asks nobody."),
            new Variable("HOTLINE_RDAP_TIMEOUT_SECONDS", "10", "Longest wait for an RDAP server's connection and answer (1 to 120)."));

    public RdapSettings {
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(timeout, "timeout");
        if (!bootstrap.toString().endsWith("/")) {
            throw new IllegalArgumentException("the bootstrap location is a folder, ending with a slash: " + bootstrap);
        }
    }

    /** Reads the {@code HOTLINE_RDAP_*} variables: none when RDAP is off, or every problem, naming the variable. */
    public static Either<Seq<String>, Option<RdapSettings>> read(Map<String, String> environment) {
        var reader = new SettingsReader(environment);
        String given = reader.text("HOTLINE_RDAP_BOOTSTRAP").getOrElse(IANA);
        Duration timeout = Duration.ofSeconds(reader.number("HOTLINE_RDAP_TIMEOUT_SECONDS", 10, 1, 120));
        if (given.toLowerCase(Locale.ROOT).equals("off")) {
            return reader.result(Option::none);
        }
        Option<URI> location = location(given);
        if (location.isEmpty()) {
            reader.problem("HOTLINE_RDAP_BOOTSTRAP", "must be a directory, an http or https address, or off, not '"
                    + given + "'");
        }
        return reader.result(() -> Option.some(new RdapSettings(location.get(), timeout)));
    }

    /** A web address as given, a directory as a {@code file:} address; either ending with a slash. */
    static Option<URI> location(String text) {
        String written = text.strip();
        try {
            if (written.startsWith("http://") || written.startsWith("https://")) {
                URI uri = new URI(written.endsWith("/") ? written : written + "/");
                return uri.getHost() == null ? Option.none() : Option.some(uri);
            }
            URI directory = Path.of(written).toAbsolutePath().normalize().toUri();
            return Option.some(directory.toString().endsWith("/") ? directory : URI.create(directory + "/"));
        } catch (java.net.URISyntaxException | InvalidPathException e) {
            return Option.none();
        }
    }

    @Override
    public String toString() {
        return "RdapSettings[bootstrap " + bootstrap + ", time-out " + timeout.toSeconds() + " s]";
    }
}

package org.hotline.adapters.rdap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.hostcontacts.DiscoverContacts;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;

/**
 * Asks RDAP who handles abuse for an address, an autonomous system or a domain: the bootstrap files (read at the
 * first question and again a day later) name the registry's server, whose answer ({@code application/rdap+json})
 * names the contacts. A registry that knows nothing (404) answers no contact; one that cannot be reached, answers
 * something else or nonsense is a failure, said on the left. Redirects are followed (a registry sends questions about
 * another's networks on), never from https to http.
 */
public final class RdapDirectory implements DiscoverContacts {

    static final Duration BOOTSTRAP_KEPT = Duration.ofDays(1);
    private static final int MOST_BYTES = 4 * 1024 * 1024;

    private final RdapSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private final ObjectMapper json = JsonMapper.builder().build();
    private Bootstrap bootstrap;
    private Instant readAt;

    public RdapDirectory(RdapSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public Either<String, Seq<AbuseContact>> ofAddress(IpAddress address) {
        return ask(bootstrap -> bootstrap.serverFor(address), "ip/" + address, RdapAnswer::ofNetwork);
    }

    @Override
    public Either<String, Seq<AbuseContact>> ofAsn(Asn asn) {
        return ask(bootstrap -> bootstrap.serverFor(asn), "autnum/" + asn.number(), RdapAnswer::ofNetwork);
    }

    @Override
    public Either<String, Seq<AbuseContact>> ofDomain(DomainName domain) {
        return ask(bootstrap -> bootstrap.serverFor(domain), "domain/" + domain.value(), RdapAnswer::ofDomain);
    }

    private Either<String, Seq<AbuseContact>> ask(Function<Bootstrap, Option<URI>> server, String path,
            Function<RdapAnswer, Seq<AbuseContact>> read) {
        return bootstrap().flatMap(found -> server.apply(found)
                .<Either<String, Seq<AbuseContact>>>map(base -> answer(base.resolve(path), read))
                .getOrElse(Either.right(List.empty())));
    }

    private Either<String, Seq<AbuseContact>> answer(URI question, Function<RdapAnswer, Seq<AbuseContact>> read) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(question).timeout(settings.timeout())
                    .header("Accept", "application/rdap+json, application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Either.right(List.empty());
            }
            if (response.statusCode() != 200 || response.body().length > MOST_BYTES) {
                return Either.left(question + " answered " + response.statusCode());
            }
            JsonNode root = json.readTree(response.body());
            if (root == null || !root.isObject()) {
                return Either.left(question + " answered something other than an RDAP object");
            }
            return Either.right(read.apply(new RdapAnswer(root, response.uri().toString(), clock.instant())));
        } catch (IOException e) {
            return Either.left(question + " could not be asked: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Either.left(question + " was not answered: interrupted");
        }
    }

    /** The bootstrap registries, read now if they never were or were read a day ago. */
    private synchronized Either<String, Bootstrap> bootstrap() {
        Instant now = clock.instant();
        if (bootstrap != null && now.isBefore(readAt.plus(BOOTSTRAP_KEPT))) {
            return Either.right(bootstrap);
        }
        Either<String, Bootstrap> read = file(Bootstrap.Registry.IPV4).flatMap(ipv4 -> file(Bootstrap.Registry.IPV6)
                .flatMap(ipv6 -> file(Bootstrap.Registry.ASN).flatMap(asn -> file(Bootstrap.Registry.DNS)
                        .map(dns -> Bootstrap.of(ipv4, ipv6, asn, dns)))));
        read.forEach(found -> {
            bootstrap = found;
            readAt = now;
        });
        return bootstrap != null && read.isLeft() ? Either.right(bootstrap) : read;
    }

    private Either<String, JsonNode> file(Bootstrap.Registry registry) {
        URI location = settings.bootstrap().resolve(registry.file());
        try {
            byte[] content;
            if ("file".equals(location.getScheme())) {
                content = Files.readAllBytes(Path.of(location));
            } else {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(location).timeout(settings.timeout())
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    return Either.left("the RDAP bootstrap file " + location + " answered " + response.statusCode());
                }
                content = response.body();
            }
            JsonNode root = json.readTree(content);
            return root != null && root.path("services").isArray() ? Either.right(root)
                    : Either.left("the RDAP bootstrap file " + location + " has no services");
        } catch (IOException e) {
            return Either.left("the RDAP bootstrap file " + location + " could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Either.left("the RDAP bootstrap file " + location + " was not read: interrupted");
        }
    }
}

package org.hotline.domain.hostcontacts;

import java.util.Locale;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.address.DomainName;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a registered contact is the contact for: an autonomous system ({@code AS64500}), a hosting provider's
 * organisation as the IP data names it ({@code Example Hosting Ltd}, matched without regard to case or spacing), or a
 * domain ({@code example.org}, which covers its subdomains too).
 *
 * @param value the scope in its canonical spelling: {@code AS64500}, the organisation with its spaces collapsed, the
 *     domain in lower-case ASCII
 */
@ValueObject
public record ContactScope(Kind kind, String value) {

    public static final int MAX_ORGANISATION_LENGTH = 200;

    /** The kinds of scope, in the order the contacts page lists them. */
    public enum Kind {
        ASN, ORGANISATION, DOMAIN;

        /** As written in the import file and on the page: {@code asn}, {@code organisation}, {@code domain}. */
        public String written() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ContactScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (!parse(kind, value).contains(new Canonical(value))) {
            throw new IllegalArgumentException("not a " + kind.written() + " in canonical form: " + value);
        }
    }

    public static ContactScope asn(Asn asn) {
        return new ContactScope(Kind.ASN, asn.toString());
    }

    public static ContactScope domain(DomainName domain) {
        return new ContactScope(Kind.DOMAIN, domain.value());
    }

    public static ContactScope organisation(String name) {
        return parse(Kind.ORGANISATION, name).map(c -> new ContactScope(Kind.ORGANISATION, c.value()))
                .getOrElseThrow(error -> new IllegalArgumentException(error.detail()));
    }

    /** Reads a scope as written: the kind ({@code asn}, {@code organisation}, {@code domain}) and its value. */
    public static Either<FieldError, ContactScope> parse(String kind, String value) {
        String written = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        if (written.equals("ORGANIZATION")) {
            written = "ORGANISATION";
        }
        if (!List.of(Kind.values()).map(Kind::name).contains(written)) {
            return Either.left(new FieldError("scope", "contact.scope_invalid",
                    "'" + (kind == null ? "" : kind.strip()) + "' is not a kind of scope: write asn, organisation or domain."));
        }
        Kind chosen = Kind.valueOf(written);
        return parse(chosen, value).map(canonical -> new ContactScope(chosen, canonical.value()));
    }

    /** The domains whose contacts cover a host: the host's own name, then each parent down to two labels. */
    public static List<ContactScope> coveringDomain(DomainName host) {
        List<String> labels = List.of(host.value().split("\\."));
        return List.range(0, Math.max(1, labels.size() - 1))
                .map(drop -> labels.drop(drop).mkString("."))
                .map(name -> new ContactScope(Kind.DOMAIN, name));
    }

    /** The key that matches a scope whatever its case: what the registry keeps unique. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return kind.written() + " " + value;
    }

    private record Canonical(String value) {
    }

    private static Either<FieldError, Canonical> parse(Kind kind, String value) {
        String text = value == null ? "" : value.strip();
        return switch (kind) {
            case ASN -> Asn.parse(text).map(asn -> new Canonical(asn.toString())).toEither(
                    new FieldError("value", "contact.asn_invalid", "'" + text + "' is not an AS number such as AS64500."));
            case DOMAIN -> DomainName.parse(text).map(domain -> new Canonical(domain.value()))
                    .mapLeft(error -> new FieldError("value", "contact.domain_invalid", error.detail()));
            case ORGANISATION -> organisationName(text);
        };
    }

    private static Either<FieldError, Canonical> organisationName(String text) {
        String collapsed = text.replaceAll("\\s+", " ");
        if (collapsed.isEmpty() || collapsed.length() > MAX_ORGANISATION_LENGTH
                || collapsed.chars().anyMatch(Character::isISOControl)) {
            return Either.left(new FieldError("value", "contact.organisation_invalid", "An organisation is named in 1 to "
                    + MAX_ORGANISATION_LENGTH + " characters on one line."));
        }
        return Either.right(new Canonical(collapsed));
    }
}

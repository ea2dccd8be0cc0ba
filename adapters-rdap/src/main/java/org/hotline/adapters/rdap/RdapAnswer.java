package org.hotline.adapters.rdap;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.ContactSource;
import org.hotline.domain.contact.EmailAddress;

/**
 * An RDAP server's answer about a network, an autonomous system or a domain (RFC 9083), read for its contacts. An
 * entity carries its roles and a vCard ({@code vcardArray}: {@code fn}, {@code org}, {@code email}); entities nest.
 * For a network or an autonomous system, the hosting provider is the entity with the role {@code abuse} (the first
 * found, nearest the top), greeted by the name of the registrant it sits under (or its own, or the network's). For a
 * domain, the registrar is the abuse entity under the entity with the role {@code registrar} (or an abuse entity of
 * the domain itself), greeted by the registrar's name; the site owner is the registrant, where the registry shows an
 * e-mail address for it (most redact it).
 */
final class RdapAnswer {

    private record Found(JsonNode entity, Option<JsonNode> parent) {
    }

    private final JsonNode root;
    private final String server;
    private final Instant learnt;

    RdapAnswer(JsonNode root, String server, Instant learnt) {
        this.root = root;
        this.server = server;
        this.learnt = learnt;
    }

    /** The hosting provider's abuse contact of a network's or autonomous system's answer, if it names one. */
    Seq<AbuseContact> ofNetwork() {
        Option<Found> abuse = entities(root, Option.none()).find(found -> hasRole(found.entity(), "abuse")
                && emails(found.entity()).nonEmpty());
        return abuse.flatMap(found -> {
            Option<String> registrant = entities(root, Option.none()).map(Found::entity)
                    .find(entity -> hasRole(entity, "registrant")).flatMap(RdapAnswer::name);
            String name = registrant.orElse(name(found.entity())).orElse(text(root, "name"))
                    .getOrElse(text(root, "handle").getOrElse("abuse contact"));
            return contact(name, found.entity(), ContactRole.HOSTING_PROVIDER);
        }).toList();
    }

    /** The registrar's abuse contact and the site owner of a domain's answer, those it names. */
    Seq<AbuseContact> ofDomain() {
        List<Found> all = entities(root, Option.none());
        Option<Found> registrarAbuse = all.find(found -> hasRole(found.entity(), "abuse") && emails(found.entity()).nonEmpty()
                && found.parent().exists(parent -> hasRole(parent, "registrar")))
                .orElse(() -> all.find(found -> found.parent().isEmpty() && hasRole(found.entity(), "abuse")
                        && emails(found.entity()).nonEmpty()));
        Option<AbuseContact> registrar = registrarAbuse.flatMap(found -> {
            Option<String> registrarName = all.map(Found::entity).find(entity -> hasRole(entity, "registrar"))
                    .flatMap(RdapAnswer::name);
            return contact(registrarName.orElse(name(found.entity())).getOrElse("registrar"), found.entity(),
                    ContactRole.REGISTRAR);
        });
        Option<AbuseContact> owner = all.map(Found::entity).find(entity -> hasRole(entity, "registrant")
                && emails(entity).nonEmpty()).flatMap(entity -> contact(name(entity)
                        .getOrElse(text(root, "ldhName").getOrElse("site owner")), entity, ContactRole.SITE_OWNER));
        return registrar.toList().appendAll(owner);
    }

    private Option<AbuseContact> contact(String name, JsonNode entity, ContactRole role) {
        List<EmailAddress> emails = emails(entity).take(AbuseContact.MAX_EMAILS);
        String shown = name.strip().replaceAll("\\s+", " ");
        if (emails.isEmpty() || shown.isEmpty()) {
            return Option.none();
        }
        shown = shown.length() > AbuseContact.MAX_NAME_LENGTH ? shown.substring(0, AbuseContact.MAX_NAME_LENGTH) : shown;
        return Option.some(new AbuseContact(shown, emails, role, new ContactSource.Rdap(server, text(entity, "handle"),
                learnt)));
    }

    /** Every entity of the answer, breadth first: those of the object itself, then those nested in them. */
    private static List<Found> entities(JsonNode node, Option<JsonNode> parent) {
        List<Found> here = List.ofAll(node.path("entities")).filter(JsonNode::isObject)
                .map(entity -> new Found(entity, parent));
        return here.appendAll(here.flatMap(found -> entities(found.entity(), Option.some(found.entity()))));
    }

    private static boolean hasRole(JsonNode entity, String role) {
        return List.ofAll(entity.path("roles")).exists(r -> r.asText().toLowerCase(Locale.ROOT).equals(role));
    }

    /** The entity's name as its vCard gives it: {@code fn}, else {@code org}. */
    private static Option<String> name(JsonNode entity) {
        return vcard(entity, "fn").headOption().filter(s -> !s.isBlank())
                .orElse(() -> vcard(entity, "org").headOption().filter(s -> !s.isBlank()));
    }

    private static List<EmailAddress> emails(JsonNode entity) {
        return vcard(entity, "email").map(text -> text.startsWith("mailto:") ? text.substring(7) : text)
                .flatMap(text -> EmailAddress.parse(text).toOption())
                .distinctBy(email -> email.value().toLowerCase(Locale.ROOT));
    }

    /** The text values of a vCard property ({@code [name, parameters, type, value]}) of the entity. */
    private static List<String> vcard(JsonNode entity, String property) {
        JsonNode properties = entity.path("vcardArray").path(1);
        return List.ofAll(properties).filter(p -> p.path(0).asText().equalsIgnoreCase(property))
                .map(p -> p.path(3)).map(value -> value.isArray() ? List.ofAll(value).map(JsonNode::asText).mkString(" ")
                        : value.asText())
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Option<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Option.some(value.asText().strip()) : Option.none();
    }
}

package org.hotline.adapters.mail;

import java.util.Objects;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.contact.EmailAddress;

/**
 * The hotline as a notice's sender: its address and, where given, its name, read from {@code Name <address>} or a bare
 * address. The name signs the notice; without one the address does.
 */
public record Sender(Option<String> name, EmailAddress address) {

    public Sender {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }

    static Either<String, Sender> parse(String text) {
        String given = text.strip();
        int open = given.lastIndexOf('<');
        if (open < 0) {
            return EmailAddress.parse(given).bimap(error -> error.detail(), address -> new Sender(Option.none(), address));
        }
        if (!given.endsWith(">")) {
            return Either.left("'" + given + "' is not Name <address>: the address ends with >");
        }
        String name = unquote(given.substring(0, open).strip());
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Either.left("the name holds a control character");
        }
        return EmailAddress.parse(given.substring(open + 1, given.length() - 1)).bimap(error -> error.detail(),
                address -> new Sender(Option.of(name).filter(n -> !n.isEmpty()), address));
    }

    /** How the notice is signed. */
    public String signature() {
        return name.getOrElse(address.value());
    }

    @Override
    public String toString() {
        return name.map(n -> n + " <" + address + ">").getOrElse(address.value());
    }

    private static String unquote(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1) : name;
    }
}

package org.hotline.application;

import java.util.List;
import java.util.UUID;

import org.hotline.adapters.persistence.PostgresPartners;
import org.hotline.domain.partner.PartnerId;
import org.hotline.domain.partner.PartnerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code partner add|list|withdraw}: the partner organisations that file reports through the API with a key. */
@Command(name = "partner", description = "Register, list and withdraw partner organisations (API keys).",
        subcommands = {PartnerCommands.Add.class, PartnerCommands.Listing.class, PartnerCommands.Withdraw.class})
final class PartnerCommands extends CommandGroup {

    private static PartnerRegistry registry(org.hotline.adapters.persistence.Database database) {
        return new PartnerRegistry(new PostgresPartners(database), Hotline.CLOCK, UUID::randomUUID);
    }

    @Command(name = "add", description = "Register a partner organisation and print its API key, once (only its SHA-256 is kept).")
    static final class Add extends HotlineCommand {

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "The organisation's name; several words are one name.")
        List<String> name;

        @Override
        public Integer call() {
            return withDatabase(database -> registry(database).register(String.join(" ", name)).fold(
                    errors -> {
                        errors.forEach(e -> err().println(e.detail()));
                        return Commands.WRONG_USAGE;
                    },
                    registration -> {
                        out().println("Registered partner " + registration.partner().name() + " (" + registration.partner().id() + ").");
                        out().println("Its API key, shown this once (send it as 'Authorization: Bearer <key>'):");
                        out().println(registration.key().secret());
                        return Commands.DONE;
                    }));
        }
    }

    @Command(name = "list", description = "List the partner organisations: identifier, active or withdrawn, registered, name.")
    static final class Listing extends HotlineCommand {

        @Override
        public Integer call() {
            return withDatabase(database -> {
                for (var partner : new PostgresPartners(database).all()) {
                    out().println(partner.id() + "  " + (partner.active() ? "active   " : "withdrawn") + "  "
                            + partner.registeredAt() + "  " + partner.name());
                }
                return Commands.DONE;
            });
        }
    }

    @Command(name = "withdraw", description = "Withdraw a partner's key: requests with it are refused (401) from then on.")
    static final class Withdraw extends HotlineCommand {

        @Parameters(paramLabel = "ID", converter = PartnerIds.class, description = "The partner's identifier, as 'partner list' shows it.")
        PartnerId partner;

        @Override
        public Integer call() {
            return withDatabase(database -> {
                if (registry(database).withdraw(partner)) {
                    out().println("Withdrew the key of partner " + partner + ".");
                    return Commands.DONE;
                }
                err().println("There is no partner " + partner + ".");
                return Commands.FAILED;
            });
        }
    }

    /** Reads a partner's identifier, or says that a partner is named by its identifier. */
    static final class PartnerIds implements ITypeConverter<PartnerId> {

        @Override
        public PartnerId convert(String text) {
            return PartnerId.parse(text.strip()).getOrElseThrow(() -> new TypeConversionException("'" + text
                    + "' is not a partner's identifier; a partner is named by its identifier, as 'partner list' shows it."));
        }
    }
}

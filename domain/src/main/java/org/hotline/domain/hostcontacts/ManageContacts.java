package org.hotline.domain.hostcontacts;

import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.ContactSource;
import java.util.Objects;
import java.util.function.Function;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.FieldError;
import org.hotline.domain.Identities;
import org.hotline.domain.Rejection;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Keeping the contact registry, for administrators: the entries, adding and changing one (a contact found through
 * RDAP is overridden by changing it: it is then staff's), and importing a file of contacts whole or not at all. Every
 * change is written to the audit trail in its unit of work.
 */
@PrimaryPort
public final class ManageContacts {

    private final AbuseContacts contacts;
    private final AuditTrail audit;
    private final UnitOfWork units;
    private final Clock clock;
    private final Identities identities;

    public ManageContacts(AbuseContacts contacts, AuditTrail audit, UnitOfWork units, Clock clock, Identities identities) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.units = Objects.requireNonNull(units, "units");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
    }

    /** What an administrator typed for one entry, already read into its parts. */
    public record Entry(ContactScope scope, String name, Seq<EmailAddress> emails, ContactRole role) {

        public Entry {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(emails, "emails");
            Objects.requireNonNull(role, "role");
        }
    }

    /** What an import did: how many contacts it read, and how many of them replaced an entry. */
    public record Imported(int contacts, int replaced) {

        @Override
        public String toString() {
            return contacts + " contacts imported, " + replaced + " of them replacing an entry";
        }
    }

    public Seq<RegisteredContact> all() {
        return contacts.all();
    }

    public Option<RegisteredContact> find(ContactId id) {
        return contacts.find(id);
    }

    /** Adds an entry; refused when the scope has a contact in that role already. */
    public Either<Rejection<ContactRefusal>, RegisteredContact> add(Entry entry, StaffId by) {
        return units.inOneUnit(() -> contactOf(entry, by).flatMap(contact -> {
            var added = new RegisteredContact(new ContactId(identities.next()), entry.scope(), contact);
            if (!contacts.add(added)) {
                return Either.left(taken(entry));
            }
            audit.record(AuditEntry.byStaff(by, Role.ADMINISTRATOR, clock.instant(), "contact.added",
                    "contact:" + added.id(), "", describe(added)));
            return Either.right(added);
        }));
    }

    /** Changes an entry (an RDAP entry becomes staff's); refused for an unknown one or a scope and role taken. */
    public Either<Rejection<ContactRefusal>, RegisteredContact> change(ContactId id, Entry entry, StaffId by) {
        return units.inOneUnit(() -> contacts.find(id)
                .toEither(() -> Rejection.of(ContactRefusal.NOT_FOUND, "No contact " + id + " is registered."))
                .flatMap(before -> contactOf(entry, by).flatMap(contact -> {
                    var after = new RegisteredContact(id, entry.scope(), contact);
                    if (!contacts.change(after)) {
                        return Either.left(taken(entry));
                    }
                    audit.record(AuditEntry.byStaff(by, Role.ADMINISTRATOR, clock.instant(), "contact.changed",
                            "contact:" + id, describe(before), describe(after)));
                    return Either.right(after);
                })));
    }

    /**
     * Imports a file of contacts ({@link ContactsCsv}) whole or not at all: each contact replaces the entry of its
     * scope and role, if any. Refused, with nothing imported, at the first bad line, naming it.
     */
    public Either<Rejection<ContactRefusal>, Imported> importFile(String fileName, String text, StaffId by) {
        var source = new ContactSource.Imported(fileName.isBlank() ? "import" : fileName, clock.instant());
        return ContactsCsv.read(text, source)
                .mapLeft(problem -> Rejection.of(ContactRefusal.IMPORT_REFUSED, problem.toString()))
                .map(lines -> units.inOneUnit(() -> {
                    int replaced = contacts.put(lines.map(line -> new RegisteredContact(new ContactId(identities.next()),
                            line.scope(), line.contact())));
                    audit.record(AuditEntry.byStaff(by, Role.ADMINISTRATOR, source.learnt(), "contact.imported",
                            "contacts", "", fileName + ": " + lines.size() + " contacts, " + replaced + " replaced"));
                    return new Imported(lines.size(), replaced);
                }));
    }

    private Either<Rejection<ContactRefusal>, AbuseContact> contactOf(Entry entry, StaffId by) {
        Function<String, Rejection<ContactRefusal>> invalid = why -> Rejection.ofFields(ContactRefusal.INVALID, why,
                List.of(new FieldError(
                        why.contains("e-mail") ? "emails" : "name", ContactRefusal.INVALID.code(), why)));
        try {
            return Either.right(new AbuseContact(entry.name().strip(), entry.emails(), entry.role(),
                    new ContactSource.EnteredByStaff(by, clock.instant())));
        } catch (IllegalArgumentException e) {
            return Either.left(invalid.apply(e.getMessage()));
        }
    }

    private static Rejection<ContactRefusal> taken(Entry entry) {
        return Rejection.ofFields(ContactRefusal.SCOPE_TAKEN, entry.scope() + " has a " + ContactsCsv.written(entry.role())
                + " already: change that entry instead.", List.of(new FieldError(
                        "value", ContactRefusal.SCOPE_TAKEN.code(), entry.scope() + " has a "
                                + ContactsCsv.written(entry.role()) + " already.")));
    }

    /** An entry as the audit trail records it. */
    static String describe(RegisteredContact entry) {
        return entry.scope() + ", " + ContactsCsv.written(entry.role()) + ": " + entry.contact().name() + " <"
                + entry.contact().emails().mkString(", ") + ">";
    }
}

package org.hotline.domain.knowncontent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Keeping hash lists: making a list, importing a file into it (whole or not at all), retracting entries, and the
 * overview. Every change is written to the audit trail in the same unit of work, by the administrator who made it or,
 * from the command line, by the system.
 */
@PrimaryPort
public final class ManageKnownLists {

    private final KnownLists lists;
    private final AuditTrail audit;
    private final UnitOfWork units;
    private final Clock clock;

    public ManageKnownLists(KnownLists lists, AuditTrail audit, UnitOfWork units, Clock clock) {
        this.lists = Objects.requireNonNull(lists, "lists");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.units = Objects.requireNonNull(units, "units");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Who changes a list: an administrator signed in, or the command line (recorded as the system). */
    public record Keeper(Option<StaffId> staff) {

        public Keeper {
            Objects.requireNonNull(staff, "staff");
        }

        public static Keeper commandLine() {
            return new Keeper(Option.none());
        }

        public static Keeper administrator(StaffId id) {
            return new Keeper(Option.some(id));
        }

        AuditEntry entry(Instant at, String action, String subject, String before, String after) {
            return staff.isDefined() ? AuditEntry.byStaff(staff.get(), Role.ADMINISTRATOR, at, action, subject, before, after)
                    : AuditEntry.bySystem(at, action, subject, before, after);
        }
    }

    /** Makes a new list; refused when its name is taken. */
    public Either<String, KnownList> define(KnownList list, Keeper keeper) {
        Instant now = clock.instant();
        return units.inOneUnit(() -> {
            if (!lists.add(list, now)) {
                return Either.left("there is a list named '" + list.name() + "' already");
            }
            audit.record(keeper.entry(now, "known.list_defined", "known-list:" + list.name(), "", describe(list)));
            return Either.right(list);
        });
    }

    /** The list of this name, if there is one. */
    public Option<KnownList> find(ListName name) {
        return lists.find(name);
    }

    /** Imports a file's entries into a list, all or none; the summary, or where and why the file was refused. */
    public Either<ImportRefusal, ImportSummary> importInto(ListName name, EntryFeed feed, Keeper keeper) {
        Option<KnownList> list = lists.find(name);
        if (list.isEmpty()) {
            return Either.left(ImportRefusal.ofFile("there is no list named '" + name + "'"));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return units.inOneUnit(() -> {
            Either<ImportRefusal, ImportSummary> imported = lists.importEntries(list.get(), feed, today, now);
            imported.forEach(summary -> audit.record(keeper.entry(now, "known.list_imported",
                    "known-list:" + name, "", summary.toString())));
            return imported;
        });
    }

    /** Retracts a list's entries of these hashes; the number retracted, or why nothing was. */
    public Either<String, Long> retract(ListName name, Seq<KnownHash> hashes, String reason, Keeper keeper) {
        if (reason == null || reason.isBlank()) {
            return Either.left("a retraction says why");
        }
        if (lists.find(name).isEmpty()) {
            return Either.left("there is no list named '" + name + "'");
        }
        Instant now = clock.instant();
        return units.inOneUnit(() -> {
            long retracted = lists.retract(name, hashes, now);
            audit.record(keeper.entry(now, "known.entries_retracted", "known-list:" + name, hashes.mkString(" "),
                    retracted + " retracted: " + reason.strip()));
            return Either.right(retracted);
        });
    }

    /** Every list with its counts and dates. */
    public Seq<ListOverview> overview() {
        return lists.overview();
    }

    private static String describe(KnownList list) {
        return "source " + list.source().written() + ", jurisdiction " + list.jurisdiction() + ", default "
                + list.defaults() + ", PDQ within " + list.pdqThreshold() + " bits";
    }
}

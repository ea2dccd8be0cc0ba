package org.hotline.domain.contact;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.staff.StaffId;

/**
 * Where a contact was learnt, and when: what staff weigh when two sources disagree (a contact a provider gave the
 * hotline itself beats one a public registry lists) and what tells a stale entry.
 */
public sealed interface ContactSource {

    /** When the contact was learnt. */
    Instant learnt();

    /** Entered on the contacts page by a member of staff. */
    record EnteredByStaff(StaffId enteredBy, Instant learnt) implements ContactSource {
        public EnteredByStaff {
            Objects.requireNonNull(enteredBy, "enteredBy");
            Objects.requireNonNull(learnt, "learnt");
        }
    }

    /** Imported from a list, such as a file a network of hotlines shares; {@code origin} names the list. */
    record Imported(String origin, Instant learnt) implements ContactSource {
        public Imported {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(learnt, "learnt");
            if (origin.isBlank()) {
                throw new IllegalArgumentException("an import names its origin");
            }
        }
    }

    /**
     * Found in a public registry through RDAP: {@code server} is the address of the RDAP answer it came from and
     * {@code handle} the registry's handle of the entity, where it gave one.
     */
    record Rdap(String server, Option<String> handle, Instant learnt) implements ContactSource {
        public Rdap {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(handle, "handle");
            Objects.requireNonNull(learnt, "learnt");
        }
    }
}

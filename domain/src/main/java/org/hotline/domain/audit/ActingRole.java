package org.hotline.domain.audit;

/** The role an actor acted in, as the trail keeps it: by its stable name (the staff roles are acting roles). */
public interface ActingRole {

    String name();
}

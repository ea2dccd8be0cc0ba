package org.hotline.domain.partner;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where partners are kept. */
@SecondaryPort
@Repository
public interface Partners {

    void add(Partner partner);

    Option<Partner> byKeyDigest(String keyDigest);

    Seq<Partner> all();

    /** Marks the partner's key withdrawn; false when there is no such partner. */
    boolean withdraw(PartnerId id);
}

package org.hotline.domain.hosting.dns;

import io.vavr.collection.Seq;
import org.hotline.domain.hosting.address.DomainName;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Asks DNS about host names. It answers for every name, within a bounded time, and never fails: a name that cannot
 * be resolved is answered with the outcome that says why (no such name, a failing or silent resolver, a lame
 * delegation, a CNAME loop).
 */
@SecondaryPort
public interface NameResolver {

    /** One resolution per name, in the order of the names; the names may be resolved at the same time. */
    Seq<Resolution> resolve(Seq<DomainName> names);
}

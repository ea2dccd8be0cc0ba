package org.hotline.domain.testing;

import java.util.concurrent.CopyOnWriteArrayList;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.partner.Partner;
import org.hotline.domain.partner.Partners;

/** Partners kept in memory, for tests. */
public final class InMemoryPartners implements Partners {

    private final java.util.List<Partner> partners = new CopyOnWriteArrayList<>();

    @Override
    public void add(Partner partner) {
        partners.add(partner);
    }

    @Override
    public Option<Partner> byKeyDigest(String keyDigest) {
        return List.ofAll(partners).find(p -> p.keyDigest().equals(keyDigest));
    }

    @Override
    public Seq<Partner> all() {
        return List.ofAll(partners);
    }

    @Override
    public synchronized boolean withdraw(org.hotline.domain.partner.PartnerId id) {
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            if (p.id().equals(id)) {
                partners.set(i, Partner.restore(p.id(), p.name(), p.keyDigest(), p.registeredAt(), false));
                return true;
            }
        }
        return false;
    }
}

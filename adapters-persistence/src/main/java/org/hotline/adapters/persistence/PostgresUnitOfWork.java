package org.hotline.adapters.persistence;

import java.util.Objects;
import java.util.function.Supplier;

import org.hotline.domain.UnitOfWork;

/** A unit of work as one PostgreSQL transaction: everything the work stores commits together, or nothing does. */
public final class PostgresUnitOfWork implements UnitOfWork {

    private final Storage storage;

    public PostgresUnitOfWork(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public <T> T inOneUnit(Supplier<T> work) {
        return storage.inOneTransaction(work);
    }
}

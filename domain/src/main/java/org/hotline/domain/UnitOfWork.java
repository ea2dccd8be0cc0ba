package org.hotline.domain;

import java.util.function.Supplier;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Runs work as one unit: every change the work makes through the secondary ports, its audit record included, is
 * kept together or not at all. Nested units join the outer one.
 */
@SecondaryPort
@FunctionalInterface
public interface UnitOfWork {

    <T> T inOneUnit(Supplier<T> work);

    /** For tests and for work that needs no unit: runs the work as it is. */
    static UnitOfWork none() {
        return new UnitOfWork() {
            @Override
            public <T> T inOneUnit(Supplier<T> work) {
                return work.get();
            }
        };
    }
}

package org.hotline.domain.report;

/**
 * The policy that ranks cases in the queue. It must never lower a case's priority as reports join it: signals only
 * grow, and a case that was urgent stays urgent.
 */
@FunctionalInterface
public interface QueuePriority {

    Priority of(CaseSignals signals);

    /** The hotline's standard ranking, with a viral address at {@link StandardPriority#DEFAULT_VIRAL_REPORTS} reports. */
    static QueuePriority standard() {
        return new StandardPriority(StandardPriority.DEFAULT_VIRAL_REPORTS);
    }
}

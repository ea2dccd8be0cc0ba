package org.hotline.domain.hosting.casework;

import java.time.Duration;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Where trace jobs are kept, and shared out among the instances of the program: a job is leased to one instance at a
 * time; a lease that runs out (the instance died or hung) frees the job for another.
 */
@SecondaryPort
@Repository
public interface TraceJobs {

    /**
     * Adds a new job, due at once, unless the case has one waiting already.
     *
     * @return true when added; false when the case's waiting job makes this one needless
     */
    boolean request(TraceJob job);

    /**
     * The cases awaiting the hosting trace that have neither a waiting job nor a trace made since they began to wait
     * (cases assessed illegal, and those that waited before traces were made), the longest waiting first.
     */
    Seq<CaseId> untraced(int limit);

    /** Leases up to {@code limit} due jobs to this instance for {@code lease}; each counts one attempt more. */
    Seq<TraceJob> lease(int limit, Duration lease);

    /**
     * Removes a job this instance holds, its trace recorded.
     *
     * @return false when the lease ran out and another instance took the job meanwhile
     */
    boolean finish(TraceJob job);

    /** Gives a job this instance holds back, due again after {@code after}, with why the attempt failed. */
    boolean retryLater(TraceJob job, Duration after, String why);

    /** The case's waiting job, if it has one. */
    Option<TraceJob> waitingOf(CaseId caseId);
}

/**
 * The hosting trace of cases: a case assessed illegal is traced by a job kept in the database (so that it survives a
 * restart and is shared out among the instances), the trace is kept with the case as evidence, and a member of staff
 * settles the hosting country from it, which moves the case on as the home jurisdiction's cooperation agreement says.
 *
 * <p>{@link org.hotline.domain.hosting.casework.TraceWork} requests and runs the jobs; {@link
 * org.hotline.domain.hosting.casework.HostingDesk} is what staff use: the trace of a case, tracing it again, and
 * settling the country.
 */
package org.hotline.domain.hosting.casework;

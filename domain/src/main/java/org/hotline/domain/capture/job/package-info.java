/**
 * Capture jobs: every new case gets a capture of its address, and an analyst may ask for another. A job is kept in
 * the database (pending, running, done or failed with the reason), so it survives a restart; several instances of the
 * program share the jobs out among themselves, each job done by one at a time; a capture that failed for a reason
 * that may pass (a time-out, a refused connection, a server error) is tried again later, with a growing delay.
 *
 * <p>{@link org.hotline.domain.capture.job.CaptureWork} runs the jobs a worker leases, and keeps what each capture
 * measured through the {@link org.hotline.domain.capture.job.Captures} port; {@link
 * org.hotline.domain.capture.job.CaptureDesk} is what staff use: asking for a capture again, and the captures of a
 * case.
 */
package org.hotline.domain.capture.job;

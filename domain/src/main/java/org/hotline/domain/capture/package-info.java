/**
 * Capture: what was at a reported address when the system looked, measured in memory and kept as measurements only.
 *
 * <p>A {@link org.hotline.domain.capture.Capture} records the time, the requested and final address, the redirect
 * chain, the network address connected to, the status, a few response headers, the page title and, for every image
 * or video found, its address, size, type (sniffed from the bytes), dimensions and fingerprints. The bytes themselves
 * are never part of it: they pass through the {@link org.hotline.domain.capture.CapturePage} and
 * {@link org.hotline.domain.capture.FetchContent} ports in memory and are dropped once measured.
 *
 * <p>{@link org.hotline.domain.capture.CaptureSettings} holds the bounds the fetcher works within (time-outs, sizes,
 * redirects, items), the proxy it goes through and the address ranges an operator allowed in spite of the rule that
 * only public addresses are fetched.
 */
package org.hotline.domain.capture;

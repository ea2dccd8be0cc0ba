/**
 * Records who did what, when and under which rule, in an append-only, tamper-evident trail.
 */
package org.hotline.domain.audit;

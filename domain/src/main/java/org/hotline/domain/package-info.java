/**
 * The hotline's domain: reports from the public, their assessment under national law, and what follows.
 */
package org.hotline.domain;

/**
 * Gets illegal content removed, together with police and hosts, by the procedures of the home jurisdiction's
 * cooperation agreement (those live in {@code org.hotline.domain.law}).
 */
package org.hotline.domain.takedown;

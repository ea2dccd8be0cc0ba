/**
 * Gets illegal content removed, following the cooperation agreement of the jurisdiction with police and hosts.
 */
package org.hotline.domain.takedown;

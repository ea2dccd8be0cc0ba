/**
 * The people who work at the hotline and what each of them may do.
 */
package org.hotline.domain.staff;

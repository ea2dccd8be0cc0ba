/**
 * Web addresses read as browsers read them and written in one canonical form, so that an address is one address
 * however it was typed, and two different addresses never share a form.
 */
package org.hotline.domain.address;

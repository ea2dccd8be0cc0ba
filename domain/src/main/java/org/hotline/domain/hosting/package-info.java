/**
 * Finds out where content is hosted: the network, the provider and the country.
 */
package org.hotline.domain.hosting;

/**
 * A hotline's client of the hub over {@code java.net.http}.
 */
@SecondaryAdapter
package org.hotline.adapters.exchange.client;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

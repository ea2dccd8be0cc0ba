/**
 * The hosting trace: resolves a host's names and addresses and maps each address to its country, autonomous system
 * and network organisation.
 */
@SecondaryAdapter
package org.hotline.adapters.trace;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

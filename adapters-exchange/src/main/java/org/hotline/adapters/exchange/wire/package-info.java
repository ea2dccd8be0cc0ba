/**
 * The exchange's wire format, version 1: messages, outcomes, deliveries and members as JSON, read strictly.
 */
@Adapter
package org.hotline.adapters.exchange.wire;

import org.jmolecules.architecture.hexagonal.Adapter;

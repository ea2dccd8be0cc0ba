package org.hotline.domain.exchange;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Messages for the network, written in the same unit of work as the decision that causes them and sent later (with
 * retries) by the hotline's link to the hub. A message written twice (by its identifier) is kept once.
 */
@SecondaryPort
public interface Outbox {

    void put(ExchangeMessage message);
}

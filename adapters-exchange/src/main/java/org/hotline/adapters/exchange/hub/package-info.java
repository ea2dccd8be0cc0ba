/**
 * The hub's HTTP routes under {@code /exchange/v1}: members send and fetch messages with their token, the hub's
 * administrator manages members with the administrator's token.
 */
@PrimaryAdapter
package org.hotline.adapters.exchange.hub;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

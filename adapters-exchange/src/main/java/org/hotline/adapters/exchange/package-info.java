/**
 * The network exchange over HTTP and JSON, version 1: the hub's routes ({@code hub}, a primary adapter), the hotline's
 * client of the hub ({@code client}, a secondary adapter) and the wire format both speak ({@code wire}).
 */
package org.hotline.adapters.exchange;

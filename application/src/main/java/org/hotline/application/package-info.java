/**
 * Assembles the hotline: reads the configuration, starts the database, wires the domain to its adapters, and serves.
 */
package org.hotline.application;

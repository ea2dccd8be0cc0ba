/**
 * Plugs a country into the hotline: its law and its cooperation agreement, found at start-up through ServiceLoader.
 */
package org.hotline.domain.jurisdiction;

/**
 * The public IP data: countries from a MaxMind DB file, AS numbers and organisations from CSV ranges, and the list of
 * content-delivery networks; loaded from the data directory, reloaded when it changes, and never fatal when missing.
 */
package org.hotline.adapters.trace.ipdata;

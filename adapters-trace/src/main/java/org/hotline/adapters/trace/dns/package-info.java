/**
 * Asks DNS resolvers about host names with dnsjava, within bounded times, and records every answer and failure.
 */
package org.hotline.adapters.trace.dns;

/**
 * Keeps reports and cases in PostgreSQL, through Jdbi, with the schema migrated by Flyway.
 */
@SecondaryAdapter
package org.hotline.adapters.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

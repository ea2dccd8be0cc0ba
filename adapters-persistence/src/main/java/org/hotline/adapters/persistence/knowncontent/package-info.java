/**
 * Hash lists in PostgreSQL: the lists and entries, imports streamed through COPY in one transaction, the files they
 * are read from (our CSV, VICS JSON, plain and PDQ lines), and the in-memory index built from the tables at start and
 * kept current with them.
 */
package org.hotline.adapters.persistence.knowncontent;

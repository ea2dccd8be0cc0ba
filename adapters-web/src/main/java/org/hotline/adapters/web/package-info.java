/**
 * The web: the public report form, the JSON API for partners, and the analyst pages.
 */
@PrimaryAdapter
package org.hotline.adapters.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

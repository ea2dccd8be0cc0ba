/**
 * UK law on indecent and prohibited images of children, and the way the Internet Watch Foundation works with the
 * police and hosts to remove them, as the law adapter for the United Kingdom.
 */
@SecondaryAdapter
package org.hotline.adapters.law.uk;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Belgian law on images of sexual abuse of minors, and the protocol by which Child Focus, the Federal Police and the
 * magistrates get such images taken down, as the law adapter for Belgium.
 */
@SecondaryAdapter
package org.hotline.adapters.law.be;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * The case-work of assessing: claims on cases, assessments and appeals under the home law, and case files.
 */
package org.hotline.domain.assessment;

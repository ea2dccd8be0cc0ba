/**
 * What a country's law adapter works with, and nothing else: the facts an analyst records, the questionnaire, legal
 * rules and rule books, verdicts and the statutes they cite, the national-law port, and the cooperation agreement port
 * with the procedures it prescribes.
 */
package org.hotline.domain.law;

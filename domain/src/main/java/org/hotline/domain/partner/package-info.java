/**
 * Organisations that file reports through the API with a key of their own: other hotlines, industry, NGOs.
 */
package org.hotline.domain.partner;

/**
 * Exchanges reports with the other hotlines of the network: referrals out, referrals in.
 */
package org.hotline.domain.exchange;

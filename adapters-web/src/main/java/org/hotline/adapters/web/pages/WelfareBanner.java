package org.hotline.adapters.web.pages;

/**
 * Where an analyst stands today, as the queue and the case page show it above everything else: time in assessment
 * against the daily limit, whether a break is due, and whether the limit stops new claims.
 *
 * @param shown false for members who are not analysts: they have no banner
 * @param mayClaim true when the queue may hand the analyst a new case, as the welfare policy says
 */
public record WelfareBanner(boolean shown, String timeToday, String dailyLimit, int itemsToday, String stretch,
        boolean breakDue, boolean limitReached, boolean limitLifted, boolean mayClaim) {

    public static WelfareBanner none() {
        return new WelfareBanner(false, "", "", 0, "", false, false, false, false);
    }
}

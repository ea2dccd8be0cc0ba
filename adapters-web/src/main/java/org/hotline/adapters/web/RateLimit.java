package org.hotline.adapters.web;

/**
 * How many reports one client of the public may file: {@code burst} at once, {@code perMinute} a minute over time.
 * Partners presenting their key are not limited. Zero per minute turns the limit off.
 */
public record RateLimit(int perMinute, int burst) {

    public RateLimit {
        if (perMinute < 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a non-negative rate and a burst of at least 1");
        }
    }

    public boolean enabled() {
        return perMinute > 0;
    }
}

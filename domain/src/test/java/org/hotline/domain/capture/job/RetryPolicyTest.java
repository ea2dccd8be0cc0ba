package org.hotline.domain.capture.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void the_delay_doubles_from_the_first_up_to_the_longest_and_there_is_none_after_the_last_attempt() {
        assertThat(policy.delayAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).contains(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(3)).contains(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(4)).contains(Duration.ofMinutes(5));
        assertThat(policy.delayAfter(5)).contains(Duration.ofMinutes(5));
        assertThat(policy.delayAfter(6)).isEmpty();
        assertThat(policy.delayAfter(7)).isEmpty();
        assertThat(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).delayAfter(1)).isEmpty();
        assertThat(new RetryPolicy(100, Duration.ofSeconds(1), Duration.ofDays(1)).delayAfter(99)).contains(Duration.ofDays(1));
        assertThatThrownBy(() -> policy.delayAfter(0)).hasMessageContaining("from 1");
    }

    @Test
    void the_defaults_are_five_attempts_from_a_minute_up_to_six_hours() {
        RetryPolicy defaults = RetryPolicy.defaults();

        assertThat(defaults.attempts()).isEqualTo(5);
        assertThat(defaults.delayAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(defaults.delayAfter(4)).contains(Duration.ofMinutes(8));
        assertThat(defaults.longestDelay()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void a_policy_tries_at_least_once_after_positive_delays() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1))).hasMessageContaining("once");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, Duration.ofMinutes(1))).hasMessageContaining("positive");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofMinutes(2), Duration.ofMinutes(1))).hasMessageContaining("longest");
    }

    @ParameterizedTest(name = "{0} may pass: {1}")
    @CsvSource(textBlock = """
            connection failed,      true
            timed out,              true
            name not resolved,      true
            status 503,             true
            status 500,             true
            status 429,             true
            status 408,             true
            status 404,             false
            status 410,             false
            status 403,             false
            refused address,        false
            unsupported address,    false
            too large,              false
            too many redirects,     false
            redirect loop,          false
            bad response,           false
            not media,              false
            undecodable,            false
            """)
    void only_failures_that_may_pass_are_tried_again(String failure, boolean mayPass) {
        assertThat(RetryPolicy.mayPass(failure(failure))).isEqualTo(mayPass);
    }

    private static CaptureFailure failure(String name) {
        if (name.startsWith("status ")) {
            return new CaptureFailure.Unsuccessful(Integer.parseInt(name.substring(7)));
        }
        return switch (name) {
            case "connection failed" -> new CaptureFailure.ConnectionFailed("site.example", "refused");
            case "timed out" -> new CaptureFailure.TimedOut(CaptureFailure.TimedOut.Limit.TOTAL, Duration.ofSeconds(120));
            case "name not resolved" -> new CaptureFailure.NameNotResolved("site.example");
            case "refused address" -> new CaptureFailure.RefusedAddress("localhost", "127.0.0.1", "loopback");
            case "unsupported address" -> new CaptureFailure.UnsupportedAddress("ftp://site.example/", "not http");
            case "too large" -> new CaptureFailure.TooLarge(1024);
            case "too many redirects" -> new CaptureFailure.TooManyRedirects(5);
            case "redirect loop" -> new CaptureFailure.RedirectLoop("http://site.example/");
            case "bad response" -> new CaptureFailure.BadResponse("malformed status line");
            case "not media" -> new CaptureFailure.NotMedia(ContentType.PDF);
            case "undecodable" -> new CaptureFailure.Undecodable("truncated");
            default -> throw new IllegalArgumentException(name);
        };
    }
}

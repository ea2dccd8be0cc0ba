package org.hotline.domain.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryTokenBuckets;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    private final FixedClock clock = FixedClock.at(T0.toString());
    private final ThrottleReports reports = new ReportRateLimit(new InMemoryTokenBuckets(clock), Allowance.perMinute(30, 10));

    @Test
    void a_client_gets_its_burst_at_once_then_waits_for_the_next_token() {
        for (int i = 0; i < 10; i++) {
            assertThat(reports.admit("203.0.113.7").admitted()).as("report " + (i + 1)).isTrue();
        }
        Admission refused = reports.admit("203.0.113.7");
        assertThat(refused).isInstanceOfSatisfying(Admission.Refused.class,
                wait -> assertThat(wait.seconds()).isEqualTo(2));
        assertThat(reports.admit("198.51.100.1").admitted()).as("another client has a bucket of its own").isTrue();
    }

    @Test
    void the_bucket_refills_at_its_rate_and_never_past_its_burst() {
        for (int i = 0; i < 10; i++) {
            reports.admit("client");
        }
        clock.advance(Duration.ofSeconds(2));
        assertThat(reports.admit("client").admitted()).isTrue();
        assertThat(reports.admit("client").admitted()).isFalse();

        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 10; i++) {
            assertThat(reports.admit("client").admitted()).isTrue();
        }
        assertThat(reports.admit("client").admitted()).as("an hour's rest gives the burst, no more").isFalse();
    }

    @Test
    void a_refused_request_takes_no_token() {
        Allowance one = new Allowance(60, 1);
        TokenBucket empty = TokenBucket.full(one, T0).taken();
        assertThat(empty.admission(one).admitted()).isFalse();
        assertThatThrownBy(empty::taken).isInstanceOf(IllegalStateException.class);
        assertThat(empty.at(T0.plusSeconds(59), one).admission(one).admitted()).isFalse();
        assertThat(empty.at(T0.plusSeconds(60), one).admission(one).admitted()).isTrue();
    }

    @Test
    void no_rate_is_no_limit() {
        ThrottleReports unlimited = new ReportRateLimit(new InMemoryTokenBuckets(clock), Allowance.perMinute(0, 1));
        for (int i = 0; i < 100; i++) {
            assertThat(unlimited.admit("client").admitted()).isTrue();
        }
    }

    @Test
    void a_clock_that_steps_back_never_fills_a_bucket() {
        Allowance allowance = new Allowance(60, 5);
        TokenBucket counted = new TokenBucket(0.5, T0);
        assertThat(counted.at(T0.minusSeconds(3600), allowance).tokens()).isEqualTo(0.5);
        assertThat(allowance.refill()).isEqualTo(Duration.ofMinutes(5));
    }
}

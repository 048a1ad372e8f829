package dev.loveless.exporters.deploy;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the gateway retries throttled and transient failures, and how long deploy waits for a
 * fresh IAM role to become usable. Step Functions allows create calls in bursts of 100, then one a
 * second; IAM's changes take seconds to reach every region.
 *
 * @param maxAttempts        attempts per call, the first included (at least 1)
 * @param baseDelay          the first backoff after a transient failure
 * @param maxDelay           the longest backoff after a transient failure
 * @param throttleBaseDelay  the first backoff after a throttling error
 * @param throttleMaxDelay   the longest backoff after a throttling error
 * @param roleWait           how long to keep retrying while Step Functions cannot assume a new role
 * @param roleWaitStep       the pause between those retries
 */
public record RetrySettings(
        int maxAttempts, Duration baseDelay, Duration maxDelay, Duration throttleBaseDelay, Duration throttleMaxDelay,
        Duration roleWait, Duration roleWaitStep) {

    /** For real accounts: ten attempts, up to 20 s apart when throttled; a minute for IAM. */
    public static final RetrySettings DEFAULT = new RetrySettings(10, Duration.ofMillis(100), Duration.ofSeconds(2),
            Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(3));

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(throttleBaseDelay, "throttleBaseDelay");
        Objects.requireNonNull(throttleMaxDelay, "throttleMaxDelay");
        Objects.requireNonNull(roleWait, "roleWait");
        Objects.requireNonNull(roleWaitStep, "roleWaitStep");
        if (roleWaitStep.isZero() || roleWaitStep.isNegative()) {
            throw new IllegalArgumentException("roleWaitStep must be positive");
        }
    }
}

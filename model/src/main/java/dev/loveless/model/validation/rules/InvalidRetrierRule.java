package dev.loveless.model.validation.rules;

import dev.loveless.model.Retrier;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code INVALID_RETRIER}: a retrier's numbers are in range: {@code IntervalSeconds} ≥ 1,
 * {@code MaxAttempts} ≥ 0, {@code BackoffRate} ≥ 1, {@code MaxDelaySeconds} &gt; 0 (all at most
 * 99999999, a delay at most a year), and {@code JitterStrategy} is {@code FULL} or {@code NONE}.
 */
public final class InvalidRetrierRule extends AbstractRule {

    private static final long MAX = 99_999_999L;
    private static final long MAX_DELAY = 31_622_400L;

    public InvalidRetrierRule() {
        super("INVALID_RETRIER", Phase.STRUCTURE,
                "Retry: IntervalSeconds ≥ 1, MaxAttempts ≥ 0, BackoffRate ≥ 1, MaxDelaySeconds > 0, JitterStrategy FULL or NONE.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            List<Retrier> retry = entry.state().common().retry();
            if (retry == null) {
                continue;
            }
            for (int i = 0; i < retry.size(); i++) {
                Retrier retrier = retry.get(i);
                if (retrier.intervalSeconds() != null && (retrier.intervalSeconds() < 1 || retrier.intervalSeconds() > MAX)) {
                    context.report(entry, "IntervalSeconds must be between 1 and " + MAX + ", not "
                            + retrier.intervalSeconds() + ".", "Retry", i, "IntervalSeconds");
                }
                if (retrier.maxAttempts() != null && (retrier.maxAttempts() < 0 || retrier.maxAttempts() > MAX)) {
                    context.report(entry, "MaxAttempts must be between 0 and " + MAX + " (0 never retries), not "
                            + retrier.maxAttempts() + ".", "Retry", i, "MaxAttempts");
                }
                BigDecimal backoff = retrier.backoffRate();
                if (backoff != null && backoff.compareTo(BigDecimal.ONE) < 0) {
                    context.report(entry, "BackoffRate must be 1.0 or more (each retry waits that many times longer),"
                            + " not " + backoff.toPlainString() + ".", "Retry", i, "BackoffRate");
                }
                if (retrier.maxDelaySeconds() != null
                        && (retrier.maxDelaySeconds() < 1 || retrier.maxDelaySeconds() > MAX_DELAY)) {
                    context.report(entry, "MaxDelaySeconds must be between 1 and " + MAX_DELAY + ", not "
                            + retrier.maxDelaySeconds() + ".", "Retry", i, "MaxDelaySeconds");
                }
                String jitter = retrier.jitterStrategy();
                if (jitter != null && !jitter.equals("FULL") && !jitter.equals("NONE")) {
                    context.report(entry, "JitterStrategy must be FULL or NONE, not \"" + jitter + "\".",
                            "Retry", i, "JitterStrategy");
                }
            }
        }
    }
}

package dev.loveless.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a state's {@code Retry}. {@code BackoffRate} is a decimal so that {@code 2} and
 * {@code 2.0} are written back as they were read. Fields are {@code null} when absent.
 */
public record Retrier(
        List<String> errorEquals,
        Integer intervalSeconds,
        Integer maxAttempts,
        BigDecimal backoffRate,
        Integer maxDelaySeconds,
        String jitterStrategy,
        String comment,
        Extras extras) {

    public Retrier {
        errorEquals = errorEquals == null ? null : List.copyOf(errorEquals);
        Objects.requireNonNull(extras, "extras");
    }

    /** @return a retrier for these errors with AWS's defaults (everything else absent) */
    public static Retrier on(List<String> errors) {
        return new Retrier(errors, null, null, null, null, null, null, Extras.NONE);
    }
}

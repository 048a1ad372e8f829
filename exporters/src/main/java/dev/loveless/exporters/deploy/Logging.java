package dev.loveless.exporters.deploy;

import java.util.Objects;

/**
 * A state machine's logging configuration.
 *
 * @param level                what to log; {@link LogLevel#OFF} needs no log group
 * @param includeExecutionData whether inputs and outputs go into the log
 * @param logGroupArn          the CloudWatch Logs log group ARN (ending in {@code :*}); required unless OFF
 */
public record Logging(LogLevel level, boolean includeExecutionData, String logGroupArn) {

    /** Logging off: what Step Functions reports for a machine that has none. */
    public static final Logging OFF = new Logging(LogLevel.OFF, false, null);

    public Logging {
        Objects.requireNonNull(level, "level");
        if (level != LogLevel.OFF) {
            if (logGroupArn == null || logGroupArn.isBlank()) {
                throw new IllegalArgumentException("logging at level " + level + " needs a log group ARN");
            }
            if (!logGroupArn.startsWith("arn:") || !logGroupArn.contains(":log-group:")) {
                throw new IllegalArgumentException("'" + logGroupArn
                        + "' is not a log group ARN; it looks like arn:aws:logs:REGION:ACCOUNT:log-group:NAME:*");
            }
            // Step Functions wants the ARN of the log group's streams, ending in ":*".
            logGroupArn = logGroupArn.endsWith(":*") ? logGroupArn : logGroupArn + ":*";
        } else {
            logGroupArn = null;
            includeExecutionData = false;
        }
    }

    /** @return whether anything is logged */
    public boolean enabled() {
        return level != LogLevel.OFF;
    }
}

package dev.loveless.exporters.deploy;

import java.util.Objects;

/**
 * Who the credentials belong to (STS {@code GetCallerIdentity}) and where the deploy goes.
 *
 * @param account   the 12-digit account id
 * @param arn       the caller's ARN (a user, an assumed role...)
 * @param partition the ARN partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}), read from {@code arn}
 * @param region    the region the clients talk to
 */
public record CallerIdentity(String account, String arn, String partition, String region) {

    public CallerIdentity {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(region, "region");
    }

    /** @return the partition named by an ARN ({@code aws} when the text is not an ARN) */
    public static String partitionOf(String arn) {
        if (arn != null && arn.startsWith("arn:")) {
            int end = arn.indexOf(':', 4);
            if (end > 4) {
                return arn.substring(4, end);
            }
        }
        return "aws";
    }
}

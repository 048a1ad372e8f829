package dev.loveless.exporters.deploy;

import java.util.Objects;

/**
 * An IAM role as it is in the account.
 *
 * @param name        the role name
 * @param arn         the role ARN
 * @param trustPolicy the assume-role policy document, decoded (IAM sends it URL-encoded)
 */
public record RemoteRole(String name, String arn, String trustPolicy) {

    public RemoteRole {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(trustPolicy, "trustPolicy");
    }
}

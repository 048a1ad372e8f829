package dev.loveless.exporters.deploy;

import java.util.Objects;

/**
 * What a create or update of a state machine returned.
 *
 * @param arn        the state machine's ARN
 * @param versionArn the version published with the change, or {@code null}
 */
public record StateMachineWrite(String arn, String versionArn) {

    public StateMachineWrite {
        Objects.requireNonNull(arn, "arn");
    }
}

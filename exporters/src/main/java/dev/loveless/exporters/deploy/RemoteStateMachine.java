package dev.loveless.exporters.deploy;

import java.util.Map;
import java.util.Objects;

/**
 * A state machine as it is in the account.
 *
 * @param arn        its ARN
 * @param name       its name
 * @param type       Standard or Express
 * @param definition its ASL definition as Step Functions returns it
 * @param roleArn    its execution role
 * @param logging    its logging configuration
 * @param tracing    whether X-Ray tracing is on
 * @param revisionId the revision Step Functions gives each update (may be {@code null})
 * @param tags       its tags
 */
public record RemoteStateMachine(
        String arn, String name, StateMachineType type, String definition, String roleArn, Logging logging,
        boolean tracing, String revisionId, Map<String, String> tags) {

    public RemoteStateMachine {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(logging, "logging");
        tags = Map.copyOf(tags);
    }
}

package dev.loveless.exporters.deploy;

import java.util.Objects;

/**
 * What a state machine is to become: the fields of {@code CreateStateMachine} / {@code UpdateStateMachine}.
 *
 * @param name               the name
 * @param type               Standard or Express (fixed once created)
 * @param definition         the definition to send, placeholders resolved
 * @param roleArn            the execution role
 * @param logging            the logging configuration
 * @param tracing            X-Ray tracing on or off
 * @param publish            whether to publish a version with this change
 * @param versionDescription the version's description, or {@code null}
 */
public record StateMachineSpec(
        String name, StateMachineType type, String definition, String roleArn, Logging logging, boolean tracing,
        boolean publish, String versionDescription) {

    public StateMachineSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(logging, "logging");
    }
}

package dev.loveless.exporters.deploy;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.exporters.iam.ExecutionPolicy;
import dev.loveless.exporters.iam.PolicyStatement;
import dev.loveless.model.StateMachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The managed role's inline policy for one deploy: the shared least-privilege
 * {@link ExecutionPolicy} (the one CloudFormation export writes too) with its ARN templates made
 * concrete for the target account, region, partition and state machine name.
 *
 * @param statements the statements, with concrete ARNs
 * @param warnings   what the policy could not grant precisely, in plain words
 * @param document   the policy document as JSON text
 */
public record RolePolicy(List<PolicyStatement> statements, List<String> warnings, String document) {

    public RolePolicy {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(document, "document");
    }

    /**
     * @param machine the definition with its placeholders already resolved
     * @return the policy that lets the state machine {@code name} run {@code machine} in {@code identity}'s account
     */
    public static RolePolicy of(StateMachine machine, CallerIdentity identity, String name, boolean logging,
                                boolean tracing) {
        ExecutionPolicy policy = ExecutionPolicy.derive(machine, new ExecutionPolicy.Options(logging, tracing));
        Map<String, String> values = Map.of(
                "AWS::Partition", identity.partition(),
                "AWS::Region", identity.region(),
                "AWS::AccountId", identity.account(),
                ExecutionPolicy.STATE_MACHINE_NAME, name);
        List<PolicyStatement> statements = new ArrayList<>();
        for (PolicyStatement statement : policy.statements()) {
            List<String> resources = statement.resources().stream()
                    .map(resource -> ExecutionPolicy.substitute(resource, values::get))
                    .toList();
            statements.add(new PolicyStatement(statement.sid(), statement.actions(), resources));
        }
        String document = policy.toDocument(resource -> TextNode.valueOf(ExecutionPolicy.substitute(resource,
                values::get))).toString();
        return new RolePolicy(statements, policy.warnings(), document);
    }

    /** @return whether the workflow needs no permission at all */
    public boolean isEmpty() {
        return statements.isEmpty();
    }
}

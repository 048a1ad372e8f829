package dev.loveless.exporters.deploy;


import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a deploy will do, and everything apply needs to do it: made by {@link Planner}, carried out
 * by {@link Applier}, which refuses it when it has errors or when the account changed since
 * ({@link #fingerprint()}).
 *
 * @param identity          the account, partition and region
 * @param settings          what the user asked for
 * @param stateMachineArn   the state machine's ARN (existing or to be)
 * @param roleName          the managed role's name, or the existing role's name
 * @param roleArn           the role's ARN (existing or to be)
 * @param policyName        the managed role's inline policy name
 * @param trustPolicy       the managed role's trust policy document
 * @param policy            the managed role's inline policy
 * @param definition        the definition to deploy, resolved
 * @param changes           per resource, what apply will do, in apply's order
 * @param diagnostics       AWS's, Loveless's and the planner's findings
 * @param localValidation   whether Loveless's own validator ran
 * @param tagsToAdd         the state machine tags to add or change (existing machine only)
 * @param fingerprint       the fingerprint of what the account held
 */
public record Plan(
        CallerIdentity identity, DeploySettings settings, String stateMachineArn, String roleName, String roleArn,
        String policyName, String trustPolicy, RolePolicy policy, ResolvedDefinition definition,
        List<PlannedChange> changes, List<Diagnostic> diagnostics, boolean localValidation,
        Map<String, String> tagsToAdd, String fingerprint) {

    public Plan {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(stateMachineArn, "stateMachineArn");
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(fingerprint, "fingerprint");
        changes = List.copyOf(changes);
        diagnostics = List.copyOf(diagnostics);
        tagsToAdd = Map.copyOf(tagsToAdd);
    }

    /** @return whether a diagnostic blocks apply */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** @return whether apply would write anything */
    public boolean hasChanges() {
        return changes.stream().anyMatch(change -> change.action().writes());
    }

    /** @return how many changes have {@code action} */
    public long count(ChangeAction action) {
        return changes.stream().filter(change -> change.action() == action).count();
    }

    /** @return the state machine's change */
    public PlannedChange stateMachineChange() {
        return changes.stream().filter(change -> change.kind() == ResourceKind.STATE_MACHINE).findFirst()
                .orElseThrow(() -> new IllegalStateException("a plan always has the state machine"));
    }
}

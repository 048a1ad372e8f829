package dev.loveless.exporters.deploy;

import dev.loveless.exporters.iam.TrustPolicy;
import dev.loveless.model.StateMachine;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.Format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a {@link Plan}: reads what the account holds (role, policy, activities, state machine),
 * resolves the definition for it, derives the role's policies, asks AWS to validate the definition
 * and runs Loveless's own check, and lists per resource what apply would do, with diffs. Writes
 * nothing.
 */
public final class Planner {

    private static final Set<AwsProblem> FATAL = Set.of(AwsProblem.NO_CREDENTIALS, AwsProblem.PROFILE_NOT_FOUND,
            AwsProblem.SSO_EXPIRED, AwsProblem.CREDENTIALS_INVALID, AwsProblem.NO_REGION, AwsProblem.UNREACHABLE,
            AwsProblem.THROTTLED);

    private final AwsGateway gateway;
    private final DefinitionCheck check;
    private final DefinitionResolver resolver = new DefinitionResolver();

    public Planner(AwsGateway gateway, DefinitionCheck check) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.check = Objects.requireNonNull(check, "check");
    }

    /**
     * @return the plan for deploying {@code machine} with {@code settings}
     * @throws AwsException when the account cannot be read
     */
    public Plan plan(StateMachine machine, DeploySettings settings) {
        CallerIdentity identity = gateway.callerIdentity();
        ResolvedDefinition definition = resolver.resolve(machine, identity, settings.substitutions());
        String stateMachineArn = ManagedNames.stateMachineArn(identity, settings.name());
        String roleName = settings.managesRole() ? ManagedNames.roleName(settings.name(), identity.region())
                : settings.existingRoleName();
        String roleArn = settings.managesRole() ? ManagedNames.roleArn(identity, roleName) : settings.roleArn();
        List<Diagnostic> diagnostics = new ArrayList<>(definition.diagnostics());
        RemoteSnapshot remote = read(settings, definition, stateMachineArn, roleName, diagnostics);

        String trust = TrustPolicy.forStepFunctions(identity.account());
        RolePolicy policy = RolePolicy.of(definition.machine(), identity, settings.name(),
                settings.logging().enabled(), settings.tracing());
        if (settings.managesRole()) {
            for (String warning : policy.warnings()) {
                diagnostics.add(new Diagnostic(Diagnostic.Source.PLAN, Diagnostic.Severity.WARNING, "POLICY",
                        warning, null));
            }
        }

        List<PlannedChange> changes = new ArrayList<>();
        if (settings.managesRole()) {
            changes.add(roleChange(roleName, trust, remote.role()));
            changes.add(policyChange(policy, remote.policy()));
        } else {
            changes.add(new PlannedChange(ResourceKind.ROLE, roleName, ChangeAction.NO_CHANGE,
                    "existing role " + roleArn + ", used as is", null));
            if (remote.role().isEmpty() && diagnostics.stream().noneMatch(d -> d.code().equals("ROLE_UNCHECKED"))) {
                diagnostics.add(new Diagnostic(Diagnostic.Source.PLAN, Diagnostic.Severity.ERROR, "ROLE_NOT_FOUND",
                        "The role " + roleArn + " does not exist in account " + identity.account()
                        + ". Name an existing role, or leave --role-arn out to let deploy create one.", null));
            }
        }
        for (ActivityRef activity : definition.activities()) {
            boolean exists = remote.activities().getOrDefault(activity.arn(), false);
            String use = "for " + String.join(", ", activity.states())
                    + (activity.placeholder() == null ? "" : " (replaces ${" + activity.placeholder() + "})");
            changes.add(new PlannedChange(ResourceKind.ACTIVITY, activity.name(),
                    exists ? ChangeAction.NO_CHANGE : ChangeAction.CREATE, exists ? "exists; " + use : use, null));
        }
        Map<String, String> tagsToAdd = new LinkedHashMap<>();
        changes.add(stateMachineChange(settings, definition, roleArn, remote.stateMachine(), diagnostics));
        remote.stateMachine().ifPresent(existing -> {
            settings.tags().forEach((key, value) -> {
                if (!value.equals(existing.tags().get(key))) {
                    tagsToAdd.put(key, value);
                }
            });
            if (!tagsToAdd.isEmpty()) {
                changes.add(new PlannedChange(ResourceKind.TAGS, settings.name(), ChangeAction.UPDATE,
                        "set " + tagsToAdd, null));
            }
        });

        diagnostics.addAll(check.check(machine));
        diagnostics.addAll(awsValidation(definition.json(), settings.type()));
        return new Plan(identity, settings, stateMachineArn, roleName, roleArn, ManagedNames.POLICY_NAME, trust, policy,
                definition, changes, diagnostics, check.runs(), tagsToAdd, remote.fingerprint());
    }

    /** Reads what the account holds for these settings; apply calls it again to detect a stale plan. */
    RemoteSnapshot read(DeploySettings settings, ResolvedDefinition definition, String stateMachineArn,
            String roleName, List<Diagnostic> diagnostics) {
        Optional<RemoteRole> role;
        Optional<String> policy = Optional.empty();
        if (settings.managesRole()) {
            role = gateway.role(roleName);
            if (role.isPresent()) {
                policy = gateway.rolePolicy(roleName, ManagedNames.POLICY_NAME);
            }
        } else {
            try {
                role = gateway.role(roleName);
            } catch (AwsException e) {
                if (e.problem() != AwsProblem.ACCESS_DENIED) {
                    throw e;
                }
                role = Optional.empty();
                diagnostics.add(new Diagnostic(Diagnostic.Source.PLAN, Diagnostic.Severity.WARNING, "ROLE_UNCHECKED",
                        "Cannot check the role " + settings.roleArn() + " (no iam:GetRole permission); deploy uses it as is.",
                        null));
            }
        }
        Map<String, Boolean> activities = new LinkedHashMap<>();
        for (ActivityRef activity : definition.activities()) {
            activities.put(activity.arn(), gateway.activityExists(activity.arn()));
        }
        return new RemoteSnapshot(role, policy, activities, gateway.stateMachine(stateMachineArn));
    }

    private static PlannedChange roleChange(String roleName, String trust, Optional<RemoteRole> remote) {
        if (remote.isEmpty()) {
            return new PlannedChange(ResourceKind.ROLE, roleName, ChangeAction.CREATE,
                    "assumable by states.amazonaws.com for this account only (aws:SourceAccount)", null);
        }
        if (JsonText.same(remote.get().trustPolicy(), trust)) {
            return new PlannedChange(ResourceKind.ROLE, roleName, ChangeAction.NO_CHANGE, "trust policy as planned", null);
        }
        return new PlannedChange(ResourceKind.ROLE, roleName, ChangeAction.UPDATE, "trust policy",
                TextDiff.unified(JsonText.pretty(remote.get().trustPolicy()), JsonText.pretty(trust),
                        "trust policy (deployed)", "trust policy (to deploy)"));
    }

    private static PlannedChange policyChange(RolePolicy policy, Optional<String> remote) {
        String name = ManagedNames.POLICY_NAME;
        if (policy.isEmpty()) {
            return remote.isPresent()
                    ? new PlannedChange(ResourceKind.ROLE_POLICY, name, ChangeAction.DELETE,
                    "the workflow needs no permission any more", null)
                    : new PlannedChange(ResourceKind.ROLE_POLICY, name, ChangeAction.NO_CHANGE,
                    "none needed: the workflow calls no AWS service", null);
        }
        String summary = describe(policy);
        if (remote.isEmpty()) {
            return new PlannedChange(ResourceKind.ROLE_POLICY, name, ChangeAction.CREATE, summary,
                    JsonText.pretty(policy.document()));
        }
        if (JsonText.same(remote.get(), policy.document())) {
            return new PlannedChange(ResourceKind.ROLE_POLICY, name, ChangeAction.NO_CHANGE, summary, null);
        }
        return new PlannedChange(ResourceKind.ROLE_POLICY, name, ChangeAction.UPDATE, summary,
                TextDiff.unified(JsonText.pretty(remote.get()), JsonText.pretty(policy.document()),
                        "policy (deployed)", "policy (to deploy)"));
    }

    private static String describe(RolePolicy policy) {
        List<String> parts = new ArrayList<>();
        policy.statements().forEach(statement -> parts.add(String.join(", ", statement.actions())
                + (statement.resources().equals(List.of("*")) ? "" : " on " + statement.resources().size()
                + (statement.resources().size() == 1 ? " resource" : " resources"))));
        return String.join("; ", parts);
    }

    private static PlannedChange stateMachineChange(DeploySettings settings, ResolvedDefinition definition,
            String roleArn, Optional<RemoteStateMachine> remote, List<Diagnostic> diagnostics) {
        String name = settings.name();
        if (remote.isEmpty()) {
            return new PlannedChange(ResourceKind.STATE_MACHINE, name, ChangeAction.CREATE,
                    settings.type() + ", logging " + describe(settings.logging()) + ", tracing "
                    + (settings.tracing() ? "on" : "off") + (settings.publish() ? ", publish a version" : ""),
                    null);
        }
        RemoteStateMachine existing = remote.get();
        if (existing.type() != settings.type()) {
            diagnostics.add(new Diagnostic(Diagnostic.Source.PLAN, Diagnostic.Severity.ERROR, "TYPE_CHANGE",
                    "The state machine " + name + " is " + existing.type() + " in AWS, and a type cannot change."
                    + " Deploy it as " + existing.type() + ", choose another name, or delete the existing one first.",
                    null));
        }
        List<String> differences = new ArrayList<>();
        String diff = null;
        if (!JsonText.same(existing.definition(), definition.json())) {
            differences.add("definition");
            diff = TextDiff.unified(canonical(existing.definition()), definition.json(),
                    "definition (deployed)", "definition (to deploy)");
        }
        if (!existing.roleArn().equals(roleArn)) {
            differences.add("role " + existing.roleArn() + " -> " + roleArn);
        }
        if (!existing.logging().equals(settings.logging())) {
            differences.add("logging " + describe(existing.logging()) + " -> " + describe(settings.logging()));
        }
        if (existing.tracing() != settings.tracing()) {
            differences.add("tracing " + (settings.tracing() ? "off -> on" : "on -> off"));
        }
        if (differences.isEmpty()) {
            return new PlannedChange(ResourceKind.STATE_MACHINE, name, ChangeAction.NO_CHANGE,
                    existing.type() + ", as deployed", null);
        }
        return new PlannedChange(ResourceKind.STATE_MACHINE, name, ChangeAction.UPDATE,
                String.join(", ", differences) + (settings.publish() ? "; publish a version" : ""), diff);
    }

    private static String describe(Logging logging) {
        return logging.enabled() ? logging.level() + " to " + logging.logGroupArn()
                + (logging.includeExecutionData() ? " with execution data" : "") : "off";
    }

    /** The deployed definition in the canonical layout, so that the diff shows changes, not formatting. */
    private static String canonical(String definition) {
        try {
            return new AslWriter().write(new AslReader().read(definition, Format.JSON).machine(), Format.JSON);
        } catch (AslParseException | RuntimeException e) {
            return JsonText.pretty(definition);
        }
    }

    private List<Diagnostic> awsValidation(String definition, StateMachineType type) {
        try {
            return gateway.validateDefinition(definition, type);
        } catch (AwsException e) {
            if (FATAL.contains(e.problem())) {
                throw e;
            }
            return List.of(new Diagnostic(Diagnostic.Source.AWS, Diagnostic.Severity.WARNING,
                    "AWS_VALIDATION_UNAVAILABLE", "AWS's ValidateStateMachineDefinition could not run ("
                    + e.getMessage() + "); only the other checks ran.", null));
        }
    }
}

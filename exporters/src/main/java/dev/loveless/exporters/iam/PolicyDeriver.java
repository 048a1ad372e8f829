package dev.loveless.exporters.iam;

import dev.loveless.model.ItemReader;
import dev.loveless.model.MapState;
import dev.loveless.model.ResultWriter;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.Worker;
import dev.loveless.model.WorkerKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Walks a definition and collects what {@link ExecutionPolicy} describes. One use per instance. */
final class PolicyDeriver {

    /** Statements keyed by their (sorted) action set, so that one action set is one statement. */
    private final Map<Set<String>, Grant> grants = new LinkedHashMap<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final ExecutionPolicy.Options options;
    private final IntegrationPermissions integrations = new IntegrationPermissions(this);

    PolicyDeriver(ExecutionPolicy.Options options) {
        this.options = options;
    }

    private static final class Grant {
        final String sid;
        final Set<String> resources = new LinkedHashSet<>();

        Grant(String sid) {
            this.sid = sid;
        }
    }

    ExecutionPolicy derive(StateMachine machine) {
        StateTree.walk(machine, (path, state) -> {
            if (state instanceof TaskState task) {
                task(path.toString(), task);
            } else if (state instanceof MapState map && map.isDistributed()) {
                distributedMap(path.toString(), map);
            }
        });
        if (options.logging()) {
            allow("Logging", List.of("logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
                    "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                    "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"), List.of("*"));
        }
        if (options.tracing()) {
            allow("XRay", List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
                    "xray:GetSamplingTargets"), List.of("*"));
        }
        List<PolicyStatement> statements = new ArrayList<>();
        Set<String> sids = new LinkedHashSet<>();
        grants.forEach((actions, grant) -> {
            String sid = grant.sid;
            for (int i = 2; !sids.add(sid); i++) {
                sid = grant.sid + i;
            }
            statements.add(new PolicyStatement(sid, List.copyOf(actions), List.copyOf(grant.resources)));
        });
        return new ExecutionPolicy(statements, List.copyOf(warnings));
    }

    /** Grants {@code actions} on {@code resources}; the same action set widens one statement. */
    void allow(String sid, List<String> actions, List<String> resources) {
        grants.computeIfAbsent(new TreeSet<>(actions), key -> new Grant(sid)).resources.addAll(resources);
    }

    void warn(String where, String message) {
        warnings.add(where + ": " + message);
    }

    private void task(String where, TaskState task) {
        Worker worker = task.worker();
        if (worker.kind() == WorkerKind.ACTIVITY) {
            return; // the worker, not the state machine, calls Step Functions for an activity
        }
        Payload payload = new Payload(task.common().parameters(), task.common().arguments());
        if (worker.kind() == WorkerKind.LAMBDA && worker.name() != null) {
            lambdaByArn(task.resource());
        } else if (worker.kind() == WorkerKind.LAMBDA) {
            integrations.lambdaInvoke(where, payload);
        } else if (worker.kind() == WorkerKind.SERVICE) {
            if (worker.sdk()) {
                integrations.sdk(where, worker);
            } else {
                integrations.optimised(where, worker, payload);
            }
        } else {
            warn(where, "its Resource names no Lambda function, activity or service Loveless recognises, "
                    + "so the role grants nothing for it.");
        }
    }

    private void lambdaByArn(String arn) {
        // arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]
        String[] parts = arn.split(":", -1);
        String base = parts.length >= 7 ? String.join(":", java.util.Arrays.copyOf(parts, 7)) : arn;
        allowLambda(base);
    }

    void allowLambda(String functionArn) {
        allow("InvokeLambdaFunctions", List.of("lambda:InvokeFunction"), List.of(functionArn, functionArn + ":*"));
    }

    private void distributedMap(String where, MapState map) {
        String machine = Arns.local("states", "stateMachine:${" + ExecutionPolicy.STATE_MACHINE_NAME + "}");
        String executions = Arns.local("states", "execution:${" + ExecutionPolicy.STATE_MACHINE_NAME + "}:*");
        allow("DistributedMapStart", List.of("states:StartExecution"), List.of(machine));
        allow("DistributedMapExecutions", List.of("states:DescribeExecution", "states:StopExecution"), List.of(executions));
        ItemReader reader = map.itemReader();
        if (reader != null && reader.resource() != null) {
            integrations.s3Items(where, Worker.of(reader.resource()), new Payload(reader.parameters(), reader.arguments()));
        }
        ResultWriter writer = map.resultWriter();
        if (writer != null && writer.resource() != null) {
            integrations.s3Items(where, Worker.of(writer.resource()), new Payload(writer.parameters(), writer.arguments()));
        }
    }
}

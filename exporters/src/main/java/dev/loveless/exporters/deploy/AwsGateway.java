package dev.loveless.exporters.deploy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything deploy and run ask of AWS, in plain values: the only seam between Loveless and the
 * AWS SDK (the one implementation, {@code aws.SdkAwsGateway}, is the only class that imports it).
 * Every method throws {@link AwsException}, whose message says what to do; "does not exist" is an
 * empty {@link Optional}, never an exception. Throttled calls are retried with backoff inside.
 */
public interface AwsGateway extends AutoCloseable {

    /** STS {@code GetCallerIdentity}: the account and partition the credentials belong to. */
    CallerIdentity callerIdentity();

    // --- IAM ---

    /** IAM {@code GetRole}. */
    Optional<RemoteRole> role(String roleName);

    /** IAM {@code GetRolePolicy}: the inline policy's document, decoded. */
    Optional<String> rolePolicy(String roleName, String policyName);

    /** IAM {@code CreateRole}; @return the new role's ARN */
    String createRole(String roleName, String trustPolicy, String description, Map<String, String> tags);

    /** IAM {@code UpdateAssumeRolePolicy}. */
    void updateTrustPolicy(String roleName, String trustPolicy);

    /** IAM {@code PutRolePolicy}: creates or replaces an inline policy. */
    void putRolePolicy(String roleName, String policyName, String document);

    /** IAM {@code DeleteRolePolicy}. */
    void deleteRolePolicy(String roleName, String policyName);

    // --- Step Functions: activities ---

    /** Step Functions {@code DescribeActivity}: whether the activity exists. */
    boolean activityExists(String activityArn);

    /** Step Functions {@code CreateActivity} (idempotent for the same name); @return its ARN */
    String createActivity(String name, Map<String, String> tags);

    // --- Step Functions: state machines ---

    /** Step Functions {@code DescribeStateMachine} + {@code ListTagsForResource}. */
    Optional<RemoteStateMachine> stateMachine(String stateMachineArn);

    /** Step Functions {@code ValidateStateMachineDefinition}. */
    List<Diagnostic> validateDefinition(String definition, StateMachineType type);

    /** Step Functions {@code CreateStateMachine}, publishing a version when the spec asks. */
    StateMachineWrite createStateMachine(StateMachineSpec spec, Map<String, String> tags);

    /** Step Functions {@code UpdateStateMachine}, publishing a version when the spec asks. */
    StateMachineWrite updateStateMachine(String stateMachineArn, StateMachineSpec spec);

    /** Step Functions {@code TagResource}. */
    void tagResource(String arn, Map<String, String> tags);

    // --- Step Functions: executions ---

    /** Step Functions {@code StartExecution}; @return the execution ARN */
    String startExecution(String stateMachineArn, String name, String input);

    /** Step Functions {@code DescribeExecution}. */
    ExecutionInfo describeExecution(String executionArn);

    /** Step Functions {@code GetExecutionHistory}: events after {@code afterEventId}, oldest first, all pages. */
    List<HistoryEvent> history(String executionArn, long afterEventId);

    /** Step Functions {@code StopExecution}. */
    void stopExecution(String executionArn, String error, String cause);

    @Override
    void close();
}

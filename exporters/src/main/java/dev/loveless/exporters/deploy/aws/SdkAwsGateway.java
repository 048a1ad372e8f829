package dev.loveless.exporters.deploy.aws;

import dev.loveless.exporters.deploy.AwsException;
import dev.loveless.exporters.deploy.AwsGateway;
import dev.loveless.exporters.deploy.AwsProblem;
import dev.loveless.exporters.deploy.AwsTarget;
import dev.loveless.exporters.deploy.CallerIdentity;
import dev.loveless.exporters.deploy.Diagnostic;
import dev.loveless.exporters.deploy.ExecutionInfo;
import dev.loveless.exporters.deploy.HistoryEvent;
import dev.loveless.exporters.deploy.LogLevel;
import dev.loveless.exporters.deploy.Logging;
import dev.loveless.exporters.deploy.RemoteRole;
import dev.loveless.exporters.deploy.RemoteStateMachine;
import dev.loveless.exporters.deploy.RetrySettings;
import dev.loveless.exporters.deploy.StateMachineSpec;
import dev.loveless.exporters.deploy.StateMachineType;
import dev.loveless.exporters.deploy.StateMachineWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CloudWatchLogsLogGroup;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.LogDestination;
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TracingConfiguration;
import software.amazon.awssdk.services.sts.StsClient;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The {@link AwsGateway} over the AWS SDK for Java v2 ({@code sfn}, {@code iam}, {@code sts}): the
 * only place in Loveless that imports {@code software.amazon.awssdk}. Credentials come from the
 * SDK's default chain or a named profile (SSO included) and are never read, stored or logged here.
 * Throttling and transient errors are retried by the SDK's standard strategy with the given backoff.
 */
public final class SdkAwsGateway implements AwsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(SdkAwsGateway.class);

    private final SfnClient sfn;
    private final IamClient iam;
    private final StsClient sts;
    private final SdkErrors errors;
    private final String region;

    private SdkAwsGateway(SfnClient sfn, IamClient iam, StsClient sts, SdkErrors errors, String region) {
        this.sfn = sfn;
        this.iam = iam;
        this.sts = sts;
        this.errors = errors;
        this.region = region;
    }

    /**
     * Opens a gateway for a target with the SDK's default credentials chain or the target's profile.
     *
     * @throws AwsException when the profile does not exist or no region can be found
     */
    public static SdkAwsGateway open(AwsTarget target, RetrySettings retry) {
        SdkErrors errors = new SdkErrors(target.profile(), target.region(),
                target.endpoint() == null ? null : target.endpoint().toString());
        if (target.profile() != null) {
            requireProfile(target.profile());
        }
        AwsCredentialsProvider credentials;
        if (target.profile() != null) {
            credentials = ProfileCredentialsProvider.builder().profileName(target.profile()).build();
        } else if (target.endpoint() != null) {
            // Emulators (LocalStack, Step Functions Local) accept any key; AWS would refuse this one.
            credentials = AwsCredentialsProviderChain.of(DefaultCredentialsProvider.builder().build(),
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
        } else {
            credentials = DefaultCredentialsProvider.builder().build();
        }
        return open(target, retry, credentials, resolveRegion(target, errors));
    }

    /** Opens a gateway with the given credentials (tests use static ones against a loopback server). */
    public static SdkAwsGateway open(AwsTarget target, RetrySettings retry, AwsCredentialsProvider credentials,
            String region) {
        SdkErrors errors = new SdkErrors(target.profile(), region,
                target.endpoint() == null ? null : target.endpoint().toString());
        ClientOverrideConfiguration override = ClientOverrideConfiguration.builder()
                .retryStrategy(retryStrategy(retry))
                // An emulator on localhost has no "sync-" host for StartSyncExecution and friends.
                .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, target.endpoint() != null)
                .build();
        Region sdkRegion = Region.of(region);
        URI endpoint = target.endpoint();
        var sfnBuilder = SfnClient.builder().region(sdkRegion).credentialsProvider(credentials)
                .overrideConfiguration(override);
        var iamBuilder = IamClient.builder().region(globalRegionFor(region)).credentialsProvider(credentials)
                .overrideConfiguration(override);
        var stsBuilder = StsClient.builder().region(sdkRegion).credentialsProvider(credentials)
                .overrideConfiguration(override);
        if (endpoint != null) {
            sfnBuilder.endpointOverride(endpoint);
            iamBuilder.endpointOverride(endpoint);
            stsBuilder.endpointOverride(endpoint);
        }
        LOG.debug("AWS clients for region {}{}", region, endpoint == null ? "" : " at " + endpoint);
        return new SdkAwsGateway(sfnBuilder.build(), iamBuilder.build(), stsBuilder.build(), errors, region);
    }

    private static RetryStrategy retryStrategy(RetrySettings retry) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(retry.maxAttempts())
                .backoffStrategy(BackoffStrategy.exponentialDelay(retry.baseDelay(), retry.maxDelay()))
                .throttlingBackoffStrategy(
                        BackoffStrategy.exponentialDelay(retry.throttleBaseDelay(), retry.throttleMaxDelay()))
                .circuitBreakerEnabled(false)
                .build();
    }

    private static void requireProfile(String profile) {
        ProfileFile file;
        try {
            file = ProfileFile.defaultProfileFile();
        } catch (RuntimeException e) {
            throw new AwsException(AwsProblem.PROFILE_NOT_FOUND, "profiles", null,
                    "Cannot read ~/.aws/config or ~/.aws/credentials: " + e.getMessage());
        }
        if (file.profile(profile).isEmpty()) {
            List<String> known = new ArrayList<>(file.profiles().keySet());
            throw new AwsException(AwsProblem.PROFILE_NOT_FOUND, "profiles", null, "There is no profile '" + profile
                    + "' in ~/.aws/config or ~/.aws/credentials"
                    + (known.isEmpty() ? " (there are no profiles at all)" : " (profiles there: " + String.join(", ", known) + ")")
                    + ". Create it with 'aws configure --profile " + profile + "' or 'aws configure sso',"
                    + " or choose another with --profile.");
        }
    }

    private static String resolveRegion(AwsTarget target, SdkErrors errors) {
        if (target.region() != null) {
            return target.region();
        }
        try {
            var chain = DefaultAwsRegionProviderChain.builder();
            if (target.profile() != null) {
                chain.profileName(target.profile());
            }
            return chain.build().getRegion().id();
        } catch (SdkException e) {
            if (target.endpoint() != null) {
                // Emulators accept any region; the SDK still needs one to sign with.
                return "us-east-1";
            }
            throw new AwsException(AwsProblem.NO_REGION, "region", null, errors.noRegion());
        }
    }

    private static Region globalRegionFor(String region) {
        if (region.startsWith("cn-")) {
            return Region.AWS_CN_GLOBAL;
        }
        if (region.startsWith("us-gov-")) {
            return Region.AWS_US_GOV_GLOBAL;
        }
        return Region.AWS_GLOBAL;
    }

    private <T> T call(String operation, Supplier<T> call) {
        try {
            LOG.debug("calling {}", operation);
            return call.get();
        } catch (SdkException e) {
            throw errors.translate(operation, e);
        }
    }

    private void run(String operation, Runnable call) {
        call(operation, () -> {
            call.run();
            return null;
        });
    }

    @Override
    public CallerIdentity callerIdentity() {
        var identity = call("sts:GetCallerIdentity", () -> sts.getCallerIdentity(b -> { }));
        return new CallerIdentity(identity.account(), identity.arn(), CallerIdentity.partitionOf(identity.arn()), region);
    }

    @Override
    public Optional<RemoteRole> role(String roleName) {
        try {
            var role = call("iam:GetRole", () -> iam.getRole(b -> b.roleName(roleName))).role();
            return Optional.of(new RemoteRole(role.roleName(), role.arn(), decode(role.assumeRolePolicyDocument())));
        } catch (AwsException e) {
            if (e.problem() == AwsProblem.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<String> rolePolicy(String roleName, String policyName) {
        try {
            var policy = call("iam:GetRolePolicy", () -> iam.getRolePolicy(b -> b.roleName(roleName).policyName(policyName)));
            return Optional.of(decode(policy.policyDocument()));
        } catch (AwsException e) {
            if (e.problem() == AwsProblem.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** IAM returns policy documents URL-encoded (RFC 3986). */
    private static String decode(String document) {
        if (document == null) {
            return "";
        }
        return document.startsWith("%7B") || document.startsWith("%7b")
                ? URLDecoder.decode(document, StandardCharsets.UTF_8) : document;
    }

    @Override
    public String createRole(String roleName, String trustPolicy, String description, Map<String, String> tags) {
        List<software.amazon.awssdk.services.iam.model.Tag> iamTags = new ArrayList<>();
        new TreeMap<>(tags).forEach((k, v) -> iamTags.add(
                software.amazon.awssdk.services.iam.model.Tag.builder().key(k).value(v).build()));
        return call("iam:CreateRole", () -> iam.createRole(b -> b.roleName(roleName)
                .assumeRolePolicyDocument(trustPolicy).description(description).tags(iamTags))).role().arn();
    }

    @Override
    public void updateTrustPolicy(String roleName, String trustPolicy) {
        run("iam:UpdateAssumeRolePolicy", () -> iam.updateAssumeRolePolicy(b -> b.roleName(roleName).policyDocument(trustPolicy)));
    }

    @Override
    public void putRolePolicy(String roleName, String policyName, String document) {
        run("iam:PutRolePolicy", () -> iam.putRolePolicy(b -> b.roleName(roleName).policyName(policyName)
                .policyDocument(document)));
    }

    @Override
    public void deleteRolePolicy(String roleName, String policyName) {
        try {
            run("iam:DeleteRolePolicy", () -> iam.deleteRolePolicy(b -> b.roleName(roleName).policyName(policyName)));
        } catch (AwsException e) {
            if (e.problem() != AwsProblem.NOT_FOUND) {
                throw e;
            }
        }
    }

    @Override
    public boolean activityExists(String activityArn) {
        try {
            call("states:DescribeActivity", () -> sfn.describeActivity(b -> b.activityArn(activityArn)));
            return true;
        } catch (AwsException e) {
            if (e.problem() == AwsProblem.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public String createActivity(String name, Map<String, String> tags) {
        return call("states:CreateActivity", () -> sfn.createActivity(b -> b.name(name).tags(sfnTags(tags))))
                .activityArn();
    }

    @Override
    public Optional<RemoteStateMachine> stateMachine(String stateMachineArn) {
        DescribeStateMachineResponse described;
        try {
            described = call("states:DescribeStateMachine", () -> sfn.describeStateMachine(b -> b.stateMachineArn(stateMachineArn)));
        } catch (AwsException e) {
            if (e.problem() == AwsProblem.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        Map<String, String> tags = new LinkedHashMap<>();
        call("states:ListTagsForResource", () -> sfn.listTagsForResource(b -> b.resourceArn(stateMachineArn)))
                .tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        return Optional.of(new RemoteStateMachine(described.stateMachineArn(), described.name(),
                StateMachineType.parse(described.typeAsString() == null ? "STANDARD" : described.typeAsString()),
                described.definition(), described.roleArn(), logging(described.loggingConfiguration()),
                described.tracingConfiguration() != null && Boolean.TRUE.equals(described.tracingConfiguration().enabled()),
                described.revisionId(), tags));
    }

    private static Logging logging(LoggingConfiguration configuration) {
        if (configuration == null || configuration.levelAsString() == null) {
            return Logging.OFF;
        }
        LogLevel level;
        try {
            level = LogLevel.valueOf(configuration.levelAsString().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Logging.OFF;
        }
        if (level == LogLevel.OFF) {
            return Logging.OFF;
        }
        String group = configuration.destinations().stream()
                .map(LogDestination::cloudWatchLogsLogGroup)
                .filter(g -> g != null && g.logGroupArn() != null)
                .map(CloudWatchLogsLogGroup::logGroupArn)
                .findFirst().orElse(null);
        if (group == null) {
            return Logging.OFF;
        }
        return new Logging(level, Boolean.TRUE.equals(configuration.includeExecutionData()), group);
    }

    private static LoggingConfiguration loggingConfiguration(Logging logging) {
        var builder = LoggingConfiguration.builder().level(logging.level().name())
                .includeExecutionData(logging.includeExecutionData());
        if (logging.enabled()) {
            builder.destinations(LogDestination.builder()
                    .cloudWatchLogsLogGroup(CloudWatchLogsLogGroup.builder().logGroupArn(logging.logGroupArn()).build())
                    .build());
        }
        return builder.build();
    }

    @Override
    public List<Diagnostic> validateDefinition(String definition, StateMachineType type) {
        var response = call("states:ValidateStateMachineDefinition", () -> sfn.validateStateMachineDefinition(b -> b
                .definition(definition).type(type.name()).maxResults(100)));
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (var d : response.diagnostics()) {
            Diagnostic.Severity severity = "ERROR".equalsIgnoreCase(d.severityAsString())
                    ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING;
            diagnostics.add(new Diagnostic(Diagnostic.Source.AWS, severity, d.code() == null ? "AWS" : d.code(),
                    d.message() == null ? "" : d.message(), d.location()));
        }
        if (diagnostics.isEmpty() && "FAIL".equalsIgnoreCase(response.resultAsString())) {
            diagnostics.add(new Diagnostic(Diagnostic.Source.AWS, Diagnostic.Severity.ERROR, "FAIL",
                    "AWS found the definition invalid but gave no details.", null));
        }
        return diagnostics;
    }

    @Override
    public StateMachineWrite createStateMachine(StateMachineSpec spec, Map<String, String> tags) {
        CreateStateMachineResponse response = call("states:CreateStateMachine", () -> sfn.createStateMachine(b -> {
            b.name(spec.name()).type(spec.type().name()).definition(spec.definition()).roleArn(spec.roleArn())
                    .loggingConfiguration(loggingConfiguration(spec.logging()))
                    .tracingConfiguration(TracingConfiguration.builder().enabled(spec.tracing()).build())
                    .tags(sfnTags(tags));
            if (spec.publish()) {
                b.publish(true).versionDescription(spec.versionDescription());
            }
        }));
        return new StateMachineWrite(response.stateMachineArn(), response.stateMachineVersionArn());
    }

    @Override
    public StateMachineWrite updateStateMachine(String stateMachineArn, StateMachineSpec spec) {
        var response = call("states:UpdateStateMachine", () -> sfn.updateStateMachine(b -> {
            b.stateMachineArn(stateMachineArn).definition(spec.definition()).roleArn(spec.roleArn())
                    .loggingConfiguration(loggingConfiguration(spec.logging()))
                    .tracingConfiguration(TracingConfiguration.builder().enabled(spec.tracing()).build());
            if (spec.publish()) {
                b.publish(true).versionDescription(spec.versionDescription());
            }
        }));
        return new StateMachineWrite(stateMachineArn, response.stateMachineVersionArn());
    }

    @Override
    public void tagResource(String arn, Map<String, String> tags) {
        run("states:TagResource", () -> sfn.tagResource(b -> b.resourceArn(arn).tags(sfnTags(tags))));
    }

    private static List<Tag> sfnTags(Map<String, String> tags) {
        List<Tag> list = new ArrayList<>();
        new TreeMap<>(tags).forEach((k, v) -> list.add(Tag.builder().key(k).value(v).build()));
        return list;
    }

    @Override
    public String startExecution(String stateMachineArn, String name, String input) {
        return call("states:StartExecution", () -> sfn.startExecution(b -> b.stateMachineArn(stateMachineArn)
                .name(name).input(input))).executionArn();
    }

    @Override
    public ExecutionInfo describeExecution(String executionArn) {
        var d = call("states:DescribeExecution", () -> sfn.describeExecution(b -> b.executionArn(executionArn)));
        return new ExecutionInfo(d.executionArn(), d.stateMachineArn(), d.statusAsString(), d.input(), d.output(),
                d.error(), d.cause(), d.startDate(), d.stopDate());
    }

    @Override
    public List<HistoryEvent> history(String executionArn, long afterEventId) {
        List<HistoryEvent> events = new ArrayList<>();
        String token = null;
        do {
            String page = token;
            GetExecutionHistoryResponse response = call("states:GetExecutionHistory", () -> sfn.getExecutionHistory(b -> b
                    .executionArn(executionArn).includeExecutionData(true).maxResults(1000).nextToken(page)));
            for (var event : response.events()) {
                if (event.id() != null && event.id() > afterEventId) {
                    events.add(toEvent(event));
                }
            }
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
        return events;
    }

    /**
     * Reads an SDK history event generically: each event type has its own details member
     * ({@code taskFailedEventDetails}, {@code stateEnteredEventDetails}...), all with the same field names.
     */
    private static HistoryEvent toEvent(software.amazon.awssdk.services.sfn.model.HistoryEvent event) {
        String stateName = null;
        String data = null;
        String error = null;
        String cause = null;
        for (SdkField<?> field : event.sdkFields()) {
            Object value = field.getValueOrDefault(event);
            if (!(value instanceof SdkPojo details)) {
                continue;
            }
            for (SdkField<?> inner : details.sdkFields()) {
                Object innerValue = inner.getValueOrDefault(details);
                if (!(innerValue instanceof String text)) {
                    continue;
                }
                switch (inner.memberName()) {
                    case "name" -> stateName = text;
                    case "input", "output" -> data = text;
                    case "error" -> error = text;
                    case "cause" -> cause = text;
                    default -> { }
                }
            }
        }
        Instant timestamp = event.timestamp();
        return new HistoryEvent(event.id(), event.previousEventId() == null ? 0 : event.previousEventId(),
                event.typeAsString(), timestamp, stateName, data, error, cause);
    }

    @Override
    public void stopExecution(String executionArn, String error, String cause) {
        run("states:StopExecution", () -> sfn.stopExecution(b -> b.executionArn(executionArn).error(error).cause(cause)));
    }

    @Override
    public void close() {
        sfn.close();
        iam.close();
        sts.close();
    }
}

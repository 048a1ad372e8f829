package dev.loveless.exporters.deploy;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the user asks a deploy to make: the fields of the Deploy dialog and of {@code loveless deploy}.
 *
 * @param name               the state machine's name
 * @param type               Standard or Express
 * @param roleArn            an existing execution role to use as is, or {@code null} to let deploy
 *                           create and maintain one
 * @param logging            CloudWatch Logs logging
 * @param tracing            X-Ray tracing
 * @param tags               tags for the state machine, the role and the activities deploy creates
 * @param publish            whether to publish a version when the state machine changes
 * @param versionDescription the version's description, or {@code null}
 * @param substitutions      values for {@code ${…}} placeholders
 */
public record DeploySettings(
        String name, StateMachineType type, String roleArn, Logging logging, boolean tracing,
        Map<String, String> tags, boolean publish, String versionDescription, Map<String, String> substitutions) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:[a-z-]+:iam::\\d{12}:role/([\\w+=,.@/-]+)");
    private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}");

    public DeploySettings {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a usable state machine name: use 1 to 80"
                    + " letters, digits, '-' and '_'");
        }
        Objects.requireNonNull(type, "type");
        if (roleArn != null && roleArn.isBlank()) {
            roleArn = null;
        }
        if (roleArn != null && !ROLE_ARN.matcher(roleArn).matches()) {
            throw new IllegalArgumentException("'" + roleArn + "' is not a role ARN; it looks like"
                    + " arn:aws:iam::123456789012:role/NAME");
        }
        Objects.requireNonNull(logging, "logging");
        tags = Map.copyOf(new TreeMap<>(tags));
        for (var tag : tags.entrySet()) {
            if (!TAG_KEY.matcher(tag.getKey()).matches() || tag.getKey().startsWith("aws:")) {
                throw new IllegalArgumentException("'" + tag.getKey() + "' is not a usable tag key");
            }
            if (tag.getValue().length() > 256) {
                throw new IllegalArgumentException("the value of tag '" + tag.getKey() + "' is longer than 256 characters");
            }
        }
        if (versionDescription != null && versionDescription.length() > 256) {
            throw new IllegalArgumentException("a version description has at most 256 characters");
        }
        substitutions = Map.copyOf(substitutions);
    }

    /** @return settings with only a name: Standard, a managed role, no logging or tracing, no tags */
    public static DeploySettings named(String name) {
        return new DeploySettings(name, StateMachineType.STANDARD, null, Logging.OFF, false, Map.of(), false, null,
                Map.of());
    }

    public DeploySettings withType(StateMachineType newType) {
        return new DeploySettings(name, newType, roleArn, logging, tracing, tags, publish, versionDescription, substitutions);
    }

    public DeploySettings withRoleArn(String newRoleArn) {
        return new DeploySettings(name, type, newRoleArn, logging, tracing, tags, publish, versionDescription, substitutions);
    }

    public DeploySettings withLogging(Logging newLogging) {
        return new DeploySettings(name, type, roleArn, newLogging, tracing, tags, publish, versionDescription, substitutions);
    }

    public DeploySettings withTracing(boolean newTracing) {
        return new DeploySettings(name, type, roleArn, logging, newTracing, tags, publish, versionDescription, substitutions);
    }

    public DeploySettings withTags(Map<String, String> newTags) {
        return new DeploySettings(name, type, roleArn, logging, tracing, newTags, publish, versionDescription, substitutions);
    }

    public DeploySettings withPublish(boolean newPublish, String newDescription) {
        return new DeploySettings(name, type, roleArn, logging, tracing, tags, newPublish, newDescription, substitutions);
    }

    public DeploySettings withSubstitutions(Map<String, String> newSubstitutions) {
        return new DeploySettings(name, type, roleArn, logging, tracing, tags, publish, versionDescription, newSubstitutions);
    }

    /** @return whether deploy creates and maintains the execution role */
    public boolean managesRole() {
        return roleArn == null;
    }

    /** @return the name of the role {@link #roleArn()} names, without its path */
    public String existingRoleName() {
        if (roleArn == null) {
            return null;
        }
        String path = roleArn.substring(roleArn.indexOf(":role/") + 6);
        return path.substring(path.lastIndexOf('/') + 1);
    }
}

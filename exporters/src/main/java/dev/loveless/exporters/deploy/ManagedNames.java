package dev.loveless.exporters.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The names of what deploy creates for a state machine. The role is per state machine and region,
 * because IAM is global and the policy names regional ARNs: the same name deployed to two regions
 * must not fight over one role.
 */
public final class ManagedNames {

    /** The inline policy on a managed role. */
    public static final String POLICY_NAME = "loveless-execution";

    private static final int ROLE_NAME_MAX = 64;

    private ManagedNames() {
    }

    /** @return {@code loveless-NAME-REGION}, shortened with a hash when longer than IAM's 64 characters */
    public static String roleName(String stateMachineName, String region) {
        String full = "loveless-" + stateMachineName + "-" + region;
        if (full.length() <= ROLE_NAME_MAX) {
            return full;
        }
        String hash = hash(full).substring(0, 8);
        int room = ROLE_NAME_MAX - "loveless-".length() - region.length() - hash.length() - 2;
        return "loveless-" + stateMachineName.substring(0, room) + "-" + hash + "-" + region;
    }

    /** @return the ARN of a state machine by name */
    public static String stateMachineArn(CallerIdentity identity, String name) {
        return "arn:" + identity.partition() + ":states:" + identity.region() + ":" + identity.account()
                + ":stateMachine:" + name;
    }

    /** @return the ARN of a role by name */
    public static String roleArn(CallerIdentity identity, String roleName) {
        return "arn:" + identity.partition() + ":iam::" + identity.account() + ":role/" + roleName;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

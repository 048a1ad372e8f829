package dev.loveless.exporters.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the account held when a plan was made: the role, its inline policy, which activities
 * exist, and the state machine. Its {@link #fingerprint()} tells apply whether the plan is stale.
 *
 * @param role         the execution role, when deploy manages it or the user named one that exists
 * @param policy       the role's inline policy document (managed role only)
 * @param activities   for each activity ARN the definition needs, whether it exists
 * @param stateMachine the state machine, when it exists
 */
public record RemoteSnapshot(Optional<RemoteRole> role, Optional<String> policy, Map<String, Boolean> activities,
        Optional<RemoteStateMachine> stateMachine) {

    public RemoteSnapshot {
        activities = Map.copyOf(activities);
    }

    /** @return a SHA-256 over everything read: equal fingerprints, same remote state */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        role.ifPresent(r -> text.append("role|").append(r.arn()).append('|').append(r.trustPolicy()).append('\n'));
        policy.ifPresent(p -> text.append("policy|").append(p).append('\n'));
        new TreeMap<>(activities).forEach((arn, exists) -> text.append("activity|").append(arn).append('|')
                .append(exists).append('\n'));
        stateMachine.ifPresent(m -> text.append("machine|").append(m.arn()).append('|').append(m.type()).append('|')
                .append(m.revisionId()).append('|').append(m.roleArn()).append('|').append(m.logging()).append('|')
                .append(m.tracing()).append('|').append(new TreeMap<>(m.tags())).append('|').append(m.definition()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

package dev.loveless.exporters.deploy;

import java.util.Objects;

/**
 * A named profile of the AWS config or credentials file, as the Deploy dialog lists it: its name,
 * its region and how it gets credentials. Holds no secret: only whether the profile has keys,
 * never the keys.
 *
 * @param name   the profile's name ({@code default}, {@code dev}...)
 * @param region its {@code region}, or {@code null} when it sets none
 * @param kind   how it gets credentials
 */
public record AwsProfile(String name, String region, Kind kind) {

    /** How a profile gets its credentials. */
    public enum Kind {
        /** IAM Identity Center (SSO): {@code sso_session} or {@code sso_start_url}. */
        SSO("SSO"),
        /** Assumes a role ({@code role_arn}) from another profile or source. */
        ROLE("assumed role"),
        /** Runs a {@code credential_process}. */
        PROCESS("credential process"),
        /** Access keys in the file. */
        KEYS("access keys"),
        /** Nothing the SDK recognises by itself (settings only, e.g. a region). */
        OTHER("settings only");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return how the dialog names the kind */
        public String label() {
            return label;
        }
    }

    public AwsProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        region = region == null || region.isBlank() ? null : region.trim();
    }
}

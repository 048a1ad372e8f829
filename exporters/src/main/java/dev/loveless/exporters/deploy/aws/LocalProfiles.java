package dev.loveless.exporters.deploy.aws;

import dev.loveless.exporters.deploy.AwsProfile;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The profiles of {@code ~/.aws/config} and {@code ~/.aws/credentials} (or the files
 * {@code AWS_CONFIG_FILE} / {@code AWS_SHARED_CREDENTIALS_FILE} name), read by the SDK's own
 * parser so that the list matches what the SDK will use. Reads which properties a profile has,
 * never keeps a secret's value.
 */
public final class LocalProfiles {

    /** The {@code [sso-session NAME]} reference of newer SSO profiles (the SDK has no constant for it). */
    private static final String SSO_SESSION = "sso_session";

    private LocalProfiles() {
    }

    /** @return the profiles, sorted by name ({@code default} first); empty when the files are missing or unreadable */
    public static List<AwsProfile> list() {
        ProfileFile file;
        try {
            file = ProfileFile.defaultProfileFile();
        } catch (RuntimeException e) {
            return List.of();
        }
        List<AwsProfile> profiles = new ArrayList<>();
        file.profiles().forEach((name, profile) -> profiles.add(
                new AwsProfile(name, profile.property(ProfileProperty.REGION).orElse(null), kindOf(profile))));
        profiles.sort((a, b) -> a.name().equals("default") ? -1 : b.name().equals("default") ? 1
                : a.name().compareToIgnoreCase(b.name()));
        return List.copyOf(profiles);
    }

    private static AwsProfile.Kind kindOf(Profile profile) {
        if (profile.property(SSO_SESSION).isPresent()
                || profile.property(ProfileProperty.SSO_START_URL).isPresent()) {
            return AwsProfile.Kind.SSO;
        }
        if (profile.property(ProfileProperty.ROLE_ARN).isPresent()) {
            return AwsProfile.Kind.ROLE;
        }
        if (profile.property(ProfileProperty.CREDENTIAL_PROCESS).isPresent()) {
            return AwsProfile.Kind.PROCESS;
        }
        if (profile.property(ProfileProperty.AWS_ACCESS_KEY_ID).isPresent()) {
            return AwsProfile.Kind.KEYS;
        }
        return AwsProfile.Kind.OTHER;
    }
}

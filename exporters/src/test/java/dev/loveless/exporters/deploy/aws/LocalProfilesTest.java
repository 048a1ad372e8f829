package dev.loveless.exporters.deploy.aws;

import dev.loveless.exporters.deploy.AwsProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class LocalProfilesTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("aws.configFile");
        System.clearProperty("aws.sharedCredentialsFile");
    }

    @Test
    void listsProfilesOfBothFilesWithTheirRegionAndKindButNoSecret() throws Exception {
        // given
        Path config = Files.writeString(dir.resolve("config"), """
                [default]
                region = eu-west-1
                [profile sso-dev]
                sso_session = corp
                sso_account_id = 123456789012
                sso_role_name = Dev
                region = us-east-1
                [profile legacy-sso]
                sso_start_url = https://corp.awsapps.com/start
                [profile admin]
                role_arn = arn:aws:iam::123456789012:role/Admin
                source_profile = default
                [profile tool]
                credential_process = /usr/bin/creds
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                """);
        Path credentials = Files.writeString(dir.resolve("credentials"), """
                [ci]
                aws_access_key_id = AKIDEXAMPLE
                aws_secret_access_key = wJalrXUtnFEMI/K7MDENG
                """);
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());

        // when
        List<AwsProfile> profiles = LocalProfiles.list();

        // then
        assertEquals(List.of(
                new AwsProfile("default", "eu-west-1", AwsProfile.Kind.OTHER),
                new AwsProfile("admin", null, AwsProfile.Kind.ROLE),
                new AwsProfile("ci", null, AwsProfile.Kind.KEYS),
                new AwsProfile("legacy-sso", null, AwsProfile.Kind.SSO),
                new AwsProfile("sso-dev", "us-east-1", AwsProfile.Kind.SSO),
                new AwsProfile("tool", null, AwsProfile.Kind.PROCESS)), profiles);
        assertFalse(profiles.toString().contains("wJalr"));
    }

    @Test
    void noFilesMeansNoProfiles() {
        // given
        System.setProperty("aws.configFile", dir.resolve("missing-config").toString());
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("missing-credentials").toString());

        // when / then
        assertEquals(List.of(), LocalProfiles.list());
    }
}

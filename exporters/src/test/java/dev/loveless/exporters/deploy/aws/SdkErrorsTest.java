package dev.loveless.exporters.deploy.aws;

import dev.loveless.exporters.deploy.AwsException;
import dev.loveless.exporters.deploy.AwsGateway;
import dev.loveless.exporters.deploy.AwsProblem;
import dev.loveless.exporters.deploy.AwsTarget;
import dev.loveless.exporters.deploy.FakeAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each AWS failure becomes a message that says what to do. */
class SdkErrorsTest {

    private final SdkErrors errors = new SdkErrors("dev", "us-eest-1", null);

    private static AwsServiceException service(String serviceName, String code, String message) {
        return AwsServiceException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                .serviceName(serviceName).errorCode(code).errorMessage(message).build()).build();
    }

    @Test
    void anUnknownHostPointsAtTheRegion() {
        // given
        SdkClientException e = SdkClientException.create("Unable to execute HTTP request",
                new UnknownHostException("states.us-eest-1.amazonaws.com"));

        // when
        AwsException translated = errors.translate("sts:GetCallerIdentity", e);

        // then
        assertEquals(AwsProblem.UNREACHABLE, translated.problem());
        assertTrue(translated.getMessage().contains("Cannot reach AWS in region us-eest-1"), translated.getMessage());
        assertTrue(translated.getMessage().contains("If the region is wrong, pass --region"), translated.getMessage());
    }

    @Test
    void anExpiredSsoSessionSaysToLogIn() {
        // when
        AwsException fromService = errors.translate("sts:GetCallerIdentity",
                service("SSO", "UnauthorizedException", "Session token not found or invalid"));
        AwsException fromClient = errors.translate("sts:GetCallerIdentity", SdkClientException.create(
                "Unable to load credentials: The SSO session associated with this profile has expired or is otherwise"
                + " invalid. To refresh this SSO session run aws sso login with the corresponding profile."));

        // then
        for (AwsException e : new AwsException[] {fromService, fromClient}) {
            assertEquals(AwsProblem.SSO_EXPIRED, e.problem());
            assertEquals("The AWS SSO session of profile 'dev' has expired or was never started."
                    + " Run 'aws sso login --profile dev' and try again.", e.getMessage());
        }
    }

    @Test
    void noCredentialsSaysHowToConfigureThem() {
        // when
        AwsException e = new SdkErrors(null, "us-east-1", null).translate("sts:GetCallerIdentity",
                SdkClientException.create("Unable to load credentials from any of the providers in the chain"));

        // then
        assertEquals(AwsProblem.NO_CREDENTIALS, e.problem());
        assertTrue(e.getMessage().startsWith("No AWS credentials were found. Run 'aws configure'"), e.getMessage());
    }

    @Test
    void invalidOrExpiredCredentialsSayToRefreshThem() {
        // when
        AwsException expired = errors.translate("sts:GetCallerIdentity",
                service("STS", "ExpiredToken", "The security token included in the request is expired"));
        AwsException invalid = errors.translate("states:DescribeStateMachine",
                service("SFN", "UnrecognizedClientException", "The security token included in the request is invalid."));

        // then
        assertEquals(AwsProblem.CREDENTIALS_INVALID, expired.problem());
        assertTrue(expired.getMessage().contains("'aws sso login --profile dev'"), expired.getMessage());
        assertEquals(AwsProblem.CREDENTIALS_INVALID, invalid.problem());
        assertTrue(invalid.getMessage().contains("that region us-eest-1 is enabled for the account"), invalid.getMessage());
    }

    @Test
    void anEmulatorThatIsNotRunningIsNamed() throws Exception {
        // given: a port nobody listens on
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        AwsGateway gateway = SdkAwsGateway.open(new AwsTarget(null, "us-east-1", endpoint), FakeAws.FAST,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")), "us-east-1");

        // when
        AwsException e = assertThrows(AwsException.class, gateway::callerIdentity);
        gateway.close();

        // then
        assertEquals(AwsProblem.UNREACHABLE, e.problem());
        assertTrue(e.getMessage().startsWith("Cannot reach the endpoint " + endpoint + " for sts:GetCallerIdentity"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Is the emulator running, and is --endpoint-url right?"), e.getMessage());
    }
}

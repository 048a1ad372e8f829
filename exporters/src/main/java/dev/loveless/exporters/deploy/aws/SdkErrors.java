package dev.loveless.exporters.deploy.aws;

import dev.loveless.exporters.deploy.AwsException;
import dev.loveless.exporters.deploy.AwsProblem;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the SDK's exceptions into {@link AwsException}s whose messages say what to do. The wording
 * of these messages is documented in {@code docs/deploy.md}; keep the two in step.
 */
final class SdkErrors {

    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
            "UnauthorizedOperation", "AuthorizationError", "UnauthorizedAccess");
    private static final Set<String> THROTTLED = Set.of("Throttling", "ThrottlingException",
            "TooManyRequestsException", "RequestLimitExceeded", "RequestThrottled", "SlowDown",
            "RequestThrottledException", "ProvisionedThroughputExceededException");
    private static final Set<String> EXPIRED = Set.of("ExpiredToken", "ExpiredTokenException", "RequestExpired",
            "TokenRefreshRequired");
    private static final Set<String> INVALID_CREDENTIALS = Set.of("InvalidClientTokenId",
            "UnrecognizedClientException", "SignatureDoesNotMatch", "IncompleteSignature",
            "InvalidSignatureException", "MissingAuthenticationToken", "InvalidAccessKeyId");

    private final String profile;
    private final String region;
    private final String endpoint;

    SdkErrors(String profile, String region, String endpoint) {
        this.profile = profile;
        this.region = region;
        this.endpoint = endpoint;
    }

    AwsException translate(String operation, SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return fromService(operation, service);
        }
        return fromClient(operation, e);
    }

    private AwsException fromService(String operation, AwsServiceException e) {
        String code = e.awsErrorDetails().errorCode();
        String awsMessage = e.awsErrorDetails().errorMessage();
        String said = awsMessage == null || awsMessage.isBlank() ? code : awsMessage;
        String service = e.awsErrorDetails().serviceName();
        if (code == null) {
            code = "HTTP " + e.statusCode();
        }
        if (service != null && service.toLowerCase(Locale.ROOT).startsWith("sso")
                && (code.equals("UnauthorizedException") || code.equals("ExpiredTokenException")
                || code.equals("InvalidGrantException"))) {
            return ssoExpired(operation, code);
        }
        if (ACCESS_DENIED.contains(code)) {
            if (isRoleNotAssumable(operation, said)) {
                return new AwsException(AwsProblem.ROLE_NOT_ASSUMABLE, operation, code,
                        "Step Functions cannot assume the execution role yet (" + said + ").");
            }
            return new AwsException(AwsProblem.ACCESS_DENIED, operation, code, accessDenied(operation, said));
        }
        if (THROTTLED.contains(code) || e.isThrottlingException()) {
            return new AwsException(AwsProblem.THROTTLED, operation, code, "AWS kept throttling " + operation
                    + " after every retry (" + said + "). Wait a minute and run it again; what is done stays done.");
        }
        if (EXPIRED.contains(code)) {
            return new AwsException(AwsProblem.CREDENTIALS_INVALID, operation, code, "The credentials"
                    + profileText() + " have expired (" + said + "). " + refreshAdvice());
        }
        if (INVALID_CREDENTIALS.contains(code)) {
            return new AwsException(AwsProblem.CREDENTIALS_INVALID, operation, code, "AWS does not accept the credentials"
                    + profileText() + " in region " + region + " (" + code + ": " + said + "). Check that the access key"
                    + " is active, that region " + region + " is enabled for the account (opt-in regions are not, by"
                    + " default) and that --region is the one you meant. " + refreshAdvice());
        }
        if (code.endsWith("DoesNotExist") || code.equals("NoSuchEntity") || code.equals("ResourceNotFound")
                || code.equals("ResourceNotFoundException")) {
            return new AwsException(AwsProblem.NOT_FOUND, operation, code, operation + ": " + said);
        }
        if (code.startsWith("Invalid") || code.startsWith("Malformed") || code.equals("ValidationException")
                || code.equals("ValidationError") || code.endsWith("NotSupported") || code.equals("LimitExceeded")
                || code.endsWith("LimitExceeded") || code.equals("ConflictException") || code.endsWith("AlreadyExists")
                || code.equals("EntityAlreadyExists") || code.equals("MissingRequiredParameter")) {
            return new AwsException(AwsProblem.INVALID_REQUEST, operation, code,
                    "AWS refused " + operation + ": " + code + ": " + said);
        }
        return new AwsException(AwsProblem.OTHER, operation, code,
                "AWS answered " + operation + " with " + code + " (HTTP " + e.statusCode() + "): " + said);
    }

    private static boolean isRoleNotAssumable(String operation, String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return (operation.endsWith("CreateStateMachine") || operation.endsWith("UpdateStateMachine"))
                && lower.contains("assume") && lower.contains("role");
    }

    /** The documented AccessDenied message: which permission, and the three ways out. */
    static String accessDenied(String operation, String awsMessage) {
        return "AWS denied " + operation + ": the identity you deploy with lacks the permission " + operation
                + " (AWS said: " + awsMessage + "). Ask an administrator to allow " + operation
                + ", deploy with a profile that has it (--profile), or, if the denied action is an IAM one,"
                + " name an existing execution role with --role-arn so that deploy changes no IAM resource.";
    }

    private AwsException fromClient(String operation, SdkException e) {
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("sso") && (lower.contains("expired") || lower.contains("refresh")
                || lower.contains("sso login") || lower.contains("token"))) {
            return ssoExpired(operation, null);
        }
        if (lower.contains("unable to load region") || lower.contains("region must")) {
            return new AwsException(AwsProblem.NO_REGION, operation, null, noRegion());
        }
        if (lower.contains("unable to load credentials") || lower.contains("unable to load aws credentials")) {
            if (profile != null && lower.contains("profile")) {
                return new AwsException(AwsProblem.NO_CREDENTIALS, operation, null, "Profile '" + profile
                        + "' has no usable credentials: " + firstSentence(message) + " Fix the profile in ~/.aws/config"
                        + " (or run 'aws configure --profile " + profile + "'), or choose another with --profile.");
            }
            return new AwsException(AwsProblem.NO_CREDENTIALS, operation, null, "No AWS credentials were found."
                    + " Run 'aws configure' (access keys) or 'aws configure sso' then 'aws sso login', or name a"
                    + " profile with --profile; environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY work too.");
        }
        Throwable network = networkCause(e);
        if (network != null) {
            String where = endpoint != null ? "the endpoint " + endpoint
                    : "AWS in region " + region;
            String advice = endpoint != null
                    ? "Is the emulator running, and is --endpoint-url right?"
                    : "If the region is wrong, pass --region (e.g. us-east-1) or set 'region' in the profile;"
                    + " otherwise check the network or proxy.";
            return new AwsException(AwsProblem.UNREACHABLE, operation, null, "Cannot reach " + where + " for "
                    + operation + " (" + network.getClass().getSimpleName() + ": " + network.getMessage() + "). " + advice);
        }
        return new AwsException(AwsProblem.OTHER, operation, null, operation + " failed: " + firstSentence(message));
    }

    AwsException ssoExpired(String operation, String code) {
        String name = profile == null ? "" : " --profile " + profile;
        return new AwsException(AwsProblem.SSO_EXPIRED, operation, code, "The AWS SSO session"
                + profileText() + " has expired or was never started. Run 'aws sso login" + name
                + "' and try again.");
    }

    String noRegion() {
        return "No region is set" + profileText() + ". Pass --region (e.g. us-east-1), or set 'region' in the"
                + " profile in ~/.aws/config, or set AWS_REGION.";
    }

    private String profileText() {
        return profile == null ? "" : " of profile '" + profile + "'";
    }

    private String refreshAdvice() {
        return profile == null
                ? "Refresh them ('aws sso login', or new keys with 'aws configure') and try again."
                : "Refresh them ('aws sso login --profile " + profile + "', or 'aws configure --profile " + profile
                + "') and try again.";
    }

    private static Throwable networkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return t;
            }
            if (t.getClass().getSimpleName().equals("HttpHostConnectException")) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String firstSentence(String message) {
        int cut = message.indexOf(". ");
        String sentence = cut > 0 ? message.substring(0, cut + 1) : message;
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }
}

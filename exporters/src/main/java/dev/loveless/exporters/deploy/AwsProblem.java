package dev.loveless.exporters.deploy;

/** What kind of thing went wrong talking to AWS: decides whether to retry and what to tell the user. */
public enum AwsProblem {
    /** The identity lacks a permission. */
    ACCESS_DENIED,
    /** No credentials anywhere in the chain. */
    NO_CREDENTIALS,
    /** The named profile is in neither {@code ~/.aws/config} nor {@code ~/.aws/credentials}. */
    PROFILE_NOT_FOUND,
    /** The SSO session behind the profile has expired. */
    SSO_EXPIRED,
    /** The credentials have expired or are not valid. */
    CREDENTIALS_INVALID,
    /** No region was given and none is configured. */
    NO_REGION,
    /** The endpoint cannot be reached: a wrong region, an emulator that is not running, no network. */
    UNREACHABLE,
    /** AWS still throttles after the retries. */
    THROTTLED,
    /** Step Functions cannot assume the execution role (yet: IAM is eventually consistent). */
    ROLE_NOT_ASSUMABLE,
    /** The resource does not exist. */
    NOT_FOUND,
    /** AWS refused the request's content (an invalid definition, name, ARN...). */
    INVALID_REQUEST,
    /** Anything else. */
    OTHER
}

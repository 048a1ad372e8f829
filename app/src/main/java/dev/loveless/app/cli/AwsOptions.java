package dev.loveless.app.cli;

import dev.loveless.exporters.deploy.AwsGateway;
import dev.loveless.exporters.deploy.AwsTarget;
import dev.loveless.exporters.deploy.RetrySettings;
import dev.loveless.exporters.deploy.aws.SdkAwsGateway;
import picocli.CommandLine.Option;

/** The options that say where AWS is: {@code --profile}, {@code --region}, {@code --endpoint-url}. */
final class AwsOptions {

    @Option(names = "--profile", paramLabel = "P",
            description = "A named profile (SSO ones too) from the AWS config or credentials file. Default: the SDK's default chain.")
    String profile;

    @Option(names = "--region", paramLabel = "R", description = "The region, e.g. us-east-1. Default: the profile's.")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Talk to this endpoint instead of AWS (LocalStack, Step Functions Local...).")
    String endpointUrl;

    /** @throws IllegalArgumentException when an option is malformed */
    AwsTarget target() {
        return AwsTarget.of(profile, region, endpointUrl);
    }

    /** @return a gateway for {@link #target()}, or for it in {@code regionOverride} when given */
    AwsGateway open(String regionOverride) {
        AwsTarget target = target();
        if (regionOverride != null && target.region() == null) {
            target = target.withRegion(regionOverride);
        }
        return SdkAwsGateway.open(target, RetrySettings.DEFAULT);
    }
}

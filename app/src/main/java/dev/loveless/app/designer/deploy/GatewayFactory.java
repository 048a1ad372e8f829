package dev.loveless.app.designer.deploy;

import dev.loveless.exporters.deploy.AwsException;
import dev.loveless.exporters.deploy.AwsGateway;
import dev.loveless.exporters.deploy.AwsTarget;
import dev.loveless.exporters.deploy.RetrySettings;
import dev.loveless.exporters.deploy.aws.SdkAwsGateway;

/** Opens a connection to AWS (or an emulator) for one plan, apply or run; tests point it at a loopback server. */
@FunctionalInterface
public interface GatewayFactory {

    /** The real one: the SDK's credentials chain or the target's profile, with the default retries. */
    GatewayFactory SDK = target -> SdkAwsGateway.open(target, RetrySettings.DEFAULT);

    /**
     * @return a gateway the caller closes
     * @throws AwsException when the profile does not exist, no region is set, and the like
     */
    AwsGateway open(AwsTarget target);
}

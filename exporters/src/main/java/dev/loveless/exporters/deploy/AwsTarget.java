package dev.loveless.exporters.deploy;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a deploy or a run goes: the credentials profile, the region and, for local emulators
 * (LocalStack, Step Functions Local), an endpoint that replaces AWS's own. Holds no secret: the
 * credentials themselves stay with the SDK's provider chain.
 *
 * @param profile  a named profile from {@code ~/.aws/config} / {@code ~/.aws/credentials}, or
 *                 {@code null} for the default provider chain
 * @param region   the region, or {@code null} for the profile's (or the environment's) region
 * @param endpoint an endpoint override for every service, or {@code null} for AWS's endpoints
 */
public record AwsTarget(String profile, String region, URI endpoint) {

    private static final Pattern PROFILE = Pattern.compile("[^\\s\\[\\]]+");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+)+-\\d+|aws-global");

    public AwsTarget {
        profile = blankToNull(profile);
        region = blankToNull(region);
        if (profile != null && !PROFILE.matcher(profile).matches()) {
            throw new IllegalArgumentException("'" + profile + "' is not a profile name (no spaces or brackets)");
        }
        if (region != null) {
            region = region.toLowerCase(Locale.ROOT);
            if (!REGION.matcher(region).matches()) {
                throw new IllegalArgumentException("'" + region + "' is not a region name; regions look like us-east-1 or eu-west-3");
            }
        }
        if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null
                || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https")))) {
            throw new IllegalArgumentException("'" + endpoint + "' is not an endpoint URL; give one like http://localhost:4566");
        }
    }

    /** @return the default chain, the profile's or environment's region, AWS's endpoints */
    public static AwsTarget defaults() {
        return new AwsTarget(null, null, null);
    }

    /** @return a target for an endpoint URL given as text (as on the command line) */
    public static AwsTarget of(String profile, String region, String endpointUrl) {
        URI endpoint = null;
        if (endpointUrl != null && !endpointUrl.isBlank()) {
            try {
                endpoint = URI.create(endpointUrl.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + endpointUrl + "' is not an endpoint URL; give one like http://localhost:4566");
            }
        }
        return new AwsTarget(profile, region, endpoint);
    }

    /** @return this target in another region */
    public AwsTarget withRegion(String newRegion) {
        return new AwsTarget(profile, newRegion, endpoint);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package dev.loveless.exporters.deploy;

import java.util.List;
import java.util.Objects;

/**
 * An activity the workflow needs in the target account and region.
 *
 * @param name        the activity name
 * @param arn         its ARN in the target account and region
 * @param placeholder the {@code ${…}} placeholder its ARN replaces, or {@code null} when the
 *                    definition names the ARN itself
 * @param states      the states that use it (names)
 */
public record ActivityRef(String name, String arn, String placeholder, List<String> states) {

    public ActivityRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        states = List.copyOf(states);
    }
}

package dev.loveless.exporters.cloudformation;

import dev.loveless.model.io.Format;

import java.util.Objects;

/**
 * How to write an infrastructure template.
 *
 * @param flavor  plain CloudFormation or SAM
 * @param format  JSON or YAML
 * @param logging whether executions log to a CloudWatch log group (level set by the {@code LogLevel} parameter)
 * @param tracing whether X-Ray tracing is on
 */
public record TemplateOptions(Flavor flavor, Format format, boolean logging, boolean tracing) {

    /** Which kind of template. */
    public enum Flavor {
        CLOUDFORMATION,
        SAM
    }

    public TemplateOptions {
        Objects.requireNonNull(flavor, "flavor");
        Objects.requireNonNull(format, "format");
    }

    /** @return YAML, logging on, tracing off */
    public static TemplateOptions defaults(Flavor flavor) {
        return new TemplateOptions(flavor, Format.YAML, true, false);
    }
}

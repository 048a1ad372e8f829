package dev.loveless.model.validation;

import java.util.Locale;

/**
 * How much a diagnostic matters. It comes from the {@link RuleConfig}, never from the rule:
 * a project can make a warning an error, or switch a rule {@link #OFF}.
 */
public enum Severity {
    /** AWS would refuse the definition (or it cannot work): blocks a deploy. */
    ERROR,
    /** Deployable, but probably not what was meant, or fragile in production. */
    WARNING,
    /** A hint. */
    INFO,
    /** The rule does not run. */
    OFF;

    /** @return the lower-case name used in configuration files and output ({@code error}, {@code warning}…) */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @return the severity named {@code text} ({@code error}, {@code warning} or {@code warn},
     *         {@code info}, {@code off}; any case), or {@code null} when it names none
     */
    public static Severity parse(String text) {
        if (text == null) {
            return null;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error":
                return ERROR;
            case "warning":
            case "warn":
                return WARNING;
            case "info":
                return INFO;
            case "off":
                return OFF;
            default:
                return null;
        }
    }
}

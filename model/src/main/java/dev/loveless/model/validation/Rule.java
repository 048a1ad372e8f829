package dev.loveless.model.validation;

/**
 * One validation rule: a stable code, a one-line description, the phase it runs in, and the check.
 * A rule reports through {@link ValidationContext#report}; how severe its findings are is the
 * {@link RuleConfig}'s business. Rules are stateless and thread-safe, read the model only, and
 * must cope with any model, however broken (a missing field is {@code null}, never an exception).
 */
public interface Rule {

    /** @return the stable {@code UPPER_SNAKE} code, AWS's own where it has one */
    String code();

    /** @return what the rule checks, in one line */
    String description();

    /** @return when the rule runs */
    Phase phase();

    /** Checks the definition in {@code context} and reports what it finds. */
    void check(ValidationContext context);
}

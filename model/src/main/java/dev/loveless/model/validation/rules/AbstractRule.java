package dev.loveless.model.validation.rules;

import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.Rule;

import java.util.Objects;

/** Holds a rule's code, description and phase; subclasses implement the check. */
abstract class AbstractRule implements Rule {

    private final String code;
    private final String description;
    private final Phase phase;

    AbstractRule(String code, Phase phase, String description) {
        this.code = Objects.requireNonNull(code, "code");
        this.phase = Objects.requireNonNull(phase, "phase");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Phase phase() {
        return phase;
    }

    @Override
    public String toString() {
        return code;
    }
}

package dev.loveless.model.validation;

import java.util.Locale;

/** The type of a state machine, which decides what it may do (EXPRESS workflows cannot wait for work). */
public enum WorkflowType {
    STANDARD,
    EXPRESS;

    /** @return the type named {@code text} (any case), or {@code null} */
    public static WorkflowType parse(String text) {
        if (text == null) {
            return null;
        }
        for (WorkflowType type : values()) {
            if (type.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return type;
            }
        }
        return null;
    }
}

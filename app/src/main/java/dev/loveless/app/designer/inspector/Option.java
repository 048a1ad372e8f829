package dev.loveless.app.designer.inspector;

import java.util.Objects;

/**
 * One choice of a drop-down field.
 *
 * @param value what is written ({@code ""}: the field is removed)
 * @param label what the person reads
 */
public record Option(String value, String label) {

    public Option {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public String toString() {
        return label;
    }
}

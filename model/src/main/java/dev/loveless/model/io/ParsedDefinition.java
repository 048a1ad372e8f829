package dev.loveless.model.io;

import dev.loveless.model.StateMachine;

import java.util.Objects;

/**
 * A definition as read from text: the model, the format it came in, the text itself (to write a
 * file back byte for byte when nothing changed) and the map of where each part stands.
 */
public record ParsedDefinition(StateMachine machine, Format format, String text, SourceMap sourceMap) {

    public ParsedDefinition {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sourceMap, "sourceMap");
    }

    /** @return the JSON style of the original text (canonical for YAML or when there is no text) */
    public JsonStyle style() {
        return format == Format.JSON ? JsonStyle.of(text) : JsonStyle.CANONICAL;
    }
}

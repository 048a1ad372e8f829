package dev.loveless.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.loveless.model.StateMachine;

/**
 * Writes the model as ASL text. JSON comes out in the canonical format ({@link CanonicalJson});
 * YAML in block style with quotes only where needed. Thread-safe.
 */
public final class AslWriter {

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    /** @return the definition as text in {@code format}, JSON in the canonical style */
    public String write(StateMachine machine, Format format) {
        return write(machine, format, JsonStyle.CANONICAL);
    }

    /** @return the definition as text in {@code format}, JSON in the given style */
    public String write(StateMachine machine, Format format, JsonStyle style) {
        ObjectNode tree = TreeWriter.machine(machine);
        if (format == Format.JSON) {
            return CanonicalJson.write(tree, style);
        }
        try {
            return yaml.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always has a YAML form", e);
        }
    }

    /**
     * @return the text to save for {@code machine}: the original text, byte for byte, when the
     *         machine is the one that text was read as in the same format; otherwise a fresh write
     *         in the original's style
     */
    public String write(StateMachine machine, Format format, ParsedDefinition original) {
        if (original == null || original.text() == null) {
            return write(machine, format);
        }
        if (original.format() == format && original.machine().equals(machine)) {
            return original.text();
        }
        return write(machine, format, original.format() == Format.JSON ? original.style() : JsonStyle.CANONICAL);
    }
}

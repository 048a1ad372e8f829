package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.model.validation.check.JsonataExpressions;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The view model of one inspector field: its label and help, the text the person edits, and what
 * is wrong with that text. Text that reads as a valid value is written to the document at once
 * (each keystroke an edit; the {@link FieldWriter} merges them into one undo step); text that does
 * not is kept in the field with its error and written nowhere. When the document changes
 * (undo, the code view, another field), the field shows the new value — but never overwrites what
 * the person is typing while the value underneath stays the same.
 */
public final class FieldModel implements FormRow {

    /** Writes a field's value into the document. */
    @FunctionalInterface
    public interface FieldWriter {
        /**
         * @param value  the new value, or {@code null} to remove the field
         * @param typing whether this is one keystroke of a continuous edit
         */
        void write(JsonNode value, boolean typing);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setNodeFactory(NODES);

    /** Two-space indent, "key": value (no space before the colon), as ASL is usually written. */
    private static final com.fasterxml.jackson.core.util.DefaultPrettyPrinter PRETTY =
            new com.fasterxml.jackson.core.util.DefaultPrettyPrinter(com.fasterxml.jackson.core.util.Separators
                    .createDefaultInstance()
                    .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));

    private final String pointer;
    private final String label;
    private final String help;
    private final FieldKind kind;
    private final boolean jsonata;
    private final List<Option> options;
    private final FieldWriter writer;
    private final Runnable endGesture;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private Supplier<List<Option>> dynamicOptions;
    private java.util.function.UnaryOperator<String> extraCheck = text -> null;
    private JsonNode shown;
    private boolean loading;

    /**
     * @param pointer    where the value is, relative to what the form shows ({@code /Retry/0/MaxAttempts})
     * @param jsonata    whether the state uses JSONata (numbers may then be expressions)
     * @param options    the choices of a {@link FieldKind#CHOICE} field
     * @param endGesture ends the current typing gesture (focus leaves the field)
     */
    public FieldModel(String pointer, String label, String help, FieldKind kind, boolean jsonata, List<Option> options,
                      FieldWriter writer, Runnable endGesture) {
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.label = Objects.requireNonNull(label, "label");
        this.help = help == null ? "" : help;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.jsonata = jsonata;
        this.options = List.copyOf(options == null ? List.of() : options);
        this.writer = writer;
        this.endGesture = endGesture == null ? () -> { } : endGesture;
        text.addListener((o, before, now) -> {
            if (!loading) {
                userChanged(now);
            }
        });
    }

    public String pointer() {
        return pointer;
    }

    public String label() {
        return label;
    }

    public String help() {
        return help;
    }

    public FieldKind kind() {
        return kind;
    }

    /** @return the choices of a drop-down (for {@link FieldKind#STATE}: the states it may name, asked afresh) */
    public List<Option> options() {
        return dynamicOptions != null ? dynamicOptions.get() : options;
    }

    /** Makes the drop-down's choices computed on demand (the states of a scope change as one edits). */
    public FieldModel withOptions(Supplier<List<Option>> supplier) {
        this.dynamicOptions = supplier;
        return this;
    }

    /** Adds a check of the field's own (a state name must be free): returns what is wrong, or {@code null}. */
    public FieldModel withCheck(java.util.function.UnaryOperator<String> check) {
        this.extraCheck = check;
        return this;
    }

    public boolean isEditable() {
        return kind != FieldKind.READ_ONLY && writer != null;
    }

    /** @return the text of the field: what the person edits (bound to the control) */
    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    /** @return what is wrong with the text, or {@code null} */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    /** @return the error names of an {@link FieldKind#ERRORS} field */
    public ObservableList<String> items() {
        return items;
    }

    /** Adds an error name to an {@link FieldKind#ERRORS} field (ignored when blank or already there). */
    public void addItem(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || items.contains(trimmed)) {
            return;
        }
        List<String> next = new ArrayList<>(items);
        next.add(trimmed);
        writeItems(next);
    }

    /** Removes an error name from an {@link FieldKind#ERRORS} field. */
    public void removeItem(String name) {
        List<String> next = new ArrayList<>(items);
        if (next.remove(name)) {
            writeItems(next);
        }
    }

    private void writeItems(List<String> next) {
        ArrayNode array = NODES.arrayNode();
        next.forEach(array::add);
        shown = array;
        items.setAll(next);
        loading = true;
        try {
            text.set(String.join(", ", next));
        } finally {
            loading = false;
        }
        write(array, false);
    }

    /** Ends the current typing gesture: the next change is a new undo step. */
    public void commit() {
        endGesture.run();
    }

    @Override
    public void refresh(JsonNode source) {
        JsonNode value = source == null ? null : source.at(pointer);
        if (value != null && value.isMissingNode()) {
            value = null;
        }
        if (Objects.equals(value, shown)) {
            // Unchanged underneath: keep the text, even a half-typed one with its error.
            return;
        }
        shown = value;
        loading = true;
        try {
            if (kind == FieldKind.ERRORS) {
                List<String> names = new ArrayList<>();
                if (value != null && value.isArray()) {
                    value.forEach(element -> names.add(element.asText()));
                }
                items.setAll(names);
            }
            text.set(display(value));
            error.set(null);
        } finally {
            loading = false;
        }
    }

    private void userChanged(String now) {
        Parsed parsed = parse(now);
        if (parsed.error() == null) {
            String problem = extraCheck.apply(now);
            if (problem != null) {
                parsed = new Parsed(null, problem);
            }
        }
        error.set(parsed.error());
        if (parsed.error() != null || Objects.equals(parsed.value(), shown)) {
            return;
        }
        shown = parsed.value();
        write(parsed.value(), isTyped());
    }

    /** @return whether the field is typed into (its edits merge) rather than picked from a list */
    private boolean isTyped() {
        return kind != FieldKind.CHOICE && kind != FieldKind.STATE && kind != FieldKind.BOOLEAN
                && kind != FieldKind.BOOLEAN_VALUE;
    }

    private void write(JsonNode value, boolean typing) {
        if (writer != null) {
            writer.write(value, typing);
            if (!typing) {
                endGesture.run();
            }
        }
    }

    /** The outcome of reading a field's text. */
    record Parsed(JsonNode value, String error) {
    }

    /** @return the value the text stands for, or what is wrong with it */
    Parsed parse(String raw) {
        String value = raw == null ? "" : raw;
        String trimmed = value.strip();
        if (kind == FieldKind.STRING_VALUE) {
            return new Parsed(TextNode.valueOf(value), null);
        }
        if (trimmed.isEmpty() && kind != FieldKind.MULTILINE) {
            return new Parsed(null, null);
        }
        switch (kind) {
            case MULTILINE:
                return new Parsed(value.isEmpty() ? null : TextNode.valueOf(value), null);
            case PATH:
            case REFERENCE_PATH:
                if (trimmed.equals("null")) {
                    return new Parsed(NullNode.getInstance(), null);
                }
                return new Parsed(TextNode.valueOf(trimmed), FieldChecks.path(trimmed, kind == FieldKind.REFERENCE_PATH));
            case JSONATA:
                return new Parsed(TextNode.valueOf(trimmed), FieldChecks.jsonata(trimmed));
            case INTEGER:
                return integer(trimmed);
            case DECIMAL:
                try {
                    return new Parsed(DecimalNode.valueOf(new BigDecimal(trimmed)), null);
                } catch (NumberFormatException e) {
                    return new Parsed(null, "Write a number, such as 2 or 1.5.");
                }
            case TIMESTAMP:
                return new Parsed(TextNode.valueOf(trimmed), FieldChecks.timestamp(trimmed));
            case BOOLEAN:
                return new Parsed(trimmed.equals("true") ? BooleanNode.TRUE : null, null);
            case BOOLEAN_VALUE:
                if (trimmed.equals("true") || trimmed.equals("false")) {
                    return new Parsed(BooleanNode.valueOf(trimmed.equals("true")), null);
                }
                return new Parsed(null, "Choose true or false.");
            case JSON:
                return json(trimmed);
            default:
                return new Parsed(TextNode.valueOf(kind == FieldKind.TEXT ? value : trimmed), null);
        }
    }

    private Parsed integer(String trimmed) {
        if (jsonata && JsonataExpressions.isExpression(trimmed)) {
            return new Parsed(TextNode.valueOf(trimmed), FieldChecks.jsonata(trimmed));
        }
        try {
            long number = Long.parseLong(trimmed);
            if (number < 0) {
                return new Parsed(null, "Write a number of 0 or more.");
            }
            return new Parsed(number <= Integer.MAX_VALUE ? NODES.numberNode((int) number) : LongNode.valueOf(number), null);
        } catch (NumberFormatException e) {
            return new Parsed(null, jsonata ? "Write a whole number, or a JSONata expression {% … %}."
                    : "Write a whole number, such as 60.");
        }
    }

    private Parsed json(String trimmed) {
        if (JsonataExpressions.isExpression(trimmed) && !trimmed.startsWith("\"")) {
            return new Parsed(TextNode.valueOf(trimmed), FieldChecks.jsonata(trimmed));
        }
        try {
            JsonNode node = JSON.readTree(trimmed);
            return new Parsed(node, FieldChecks.template(node));
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            return new Parsed(null, "This is not valid JSON yet" + where + ": " + e.getOriginalMessage().split("\n")[0]);
        }
    }

    /** @return the text a value shows as */
    String display(JsonNode value) {
        if (value == null) {
            return "";
        }
        if (value.isNull()) {
            return "null";
        }
        if (kind == FieldKind.BOOLEAN) {
            return value.asBoolean() ? "true" : "";
        }
        if (kind == FieldKind.ERRORS) {
            return String.join(", ", items);
        }
        if (kind == FieldKind.JSON && !(value.isTextual() && JsonataExpressions.isExpression(value.textValue()))) {
            try {
                return JSON.writer(PRETTY).writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return value.toString();
            }
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }
}

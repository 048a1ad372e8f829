package dev.loveless.app.designer.inspector;

/** What an inspector field holds, which decides its control, how its text becomes JSON and how it is checked. */
public enum FieldKind {
    /** One line of text; empty removes the field. */
    TEXT,
    /** Text kept exactly, an empty text included (a Choice rule's string operand). */
    STRING_VALUE,
    /** Several lines of text (a comment). */
    MULTILINE,
    /** A JSONPath ({@code $.a.b}, {@code $$.Execution.Id}, {@code $var}); {@code null} means JSON null (discard). */
    PATH,
    /** A Reference Path: a JSONPath that names one node ({@code ResultPath}); {@code null} means JSON null. */
    REFERENCE_PATH,
    /** A JSONata {@code {% expression %}}. */
    JSONATA,
    /** Any JSON value (an object template, an array, a JSONata string); its templates are checked. */
    JSON,
    /** A whole number, or a JSONata expression in a JSONata state. */
    INTEGER,
    /** A decimal number ({@code BackoffRate}). */
    DECIMAL,
    /** An RFC 3339 timestamp. */
    TIMESTAMP,
    /** True or false (a check box); unchecked removes the field. */
    BOOLEAN,
    /** A JSON {@code true} or {@code false} chosen from a drop-down (a Choice rule's operand). */
    BOOLEAN_VALUE,
    /** One of a fixed list of values (a drop-down); the first option may be "not set". */
    CHOICE,
    /** The name of a state of the same scope (a drop-down). */
    STATE,
    /** A list of error names ({@code ErrorEquals}). */
    ERRORS,
    /** Shown, not edited. */
    READ_ONLY
}

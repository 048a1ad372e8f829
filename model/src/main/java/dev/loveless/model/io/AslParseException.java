package dev.loveless.model.io;

/**
 * A definition that cannot be read: not well-formed JSON or YAML, not an object, or beyond a
 * reader limit. Carries a plain message and, where known, the 1-based line and column.
 */
public class AslParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String plainMessage;

    public AslParseException(String plainMessage, int line, int column) {
        super(line > 0 ? "line " + line + ", column " + column + ": " + plainMessage : plainMessage);
        this.plainMessage = plainMessage;
        this.line = line;
        this.column = column;
    }

    /** @return the message without its location */
    public String plainMessage() {
        return plainMessage;
    }

    /** @return the 1-based line, or 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column, or 0 when unknown */
    public int column() {
        return column;
    }
}

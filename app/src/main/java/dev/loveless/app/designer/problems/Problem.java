package dev.loveless.app.designer.problems;

import dev.loveless.model.StatePath;

import java.util.Objects;

/**
 * One line of the problems panel: how serious, where (a state, or a line and column of the
 * file), and what is wrong in plain words.
 *
 * @param code   the validator's rule code ({@code MISSING_END_STATE}…), or {@code null} (a file that
 *               cannot be read)
 * @param path   the state it concerns, or {@code null} for the workflow as a whole
 * @param line   1-based line in the file, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param field  the field concerned as a JSON pointer relative to the state (or to the workflow
 *               when {@code path} is {@code null}), e.g. {@code /Retry/0/BackoffRate}; {@code ""} when none
 */
public record Problem(Severity severity, String code, StatePath path, String message, int line, int column,
                      String field) {

    /** How serious a problem is. */
    public enum Severity { ERROR, WARNING, INFO }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        field = field == null ? "" : field;
    }

    /** A problem of a state or the workflow as a whole, no particular field. */
    public Problem(Severity severity, String code, StatePath path, String message, int line, int column) {
        this(severity, code, path, message, line, column, "");
    }

    /** @return where, for the panel's location column: the state path, a line, or nothing */
    public String location() {
        if (path != null) {
            return path.toString();
        }
        return line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") : "";
    }
}

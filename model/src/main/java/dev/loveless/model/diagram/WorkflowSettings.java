package dev.loveless.model.diagram;

import dev.loveless.model.validation.WorkflowType;

import java.util.Objects;

/**
 * What a workflow needs for deploy that ASL does not carry: its type (Standard or Express) and the
 * name of the state machine to create. Kept in the diagram sidecar beside the definition.
 *
 * @param type the workflow type; Standard unless chosen otherwise
 * @param name the state machine's name for deploy, or {@code null} to derive it from the file name
 */
public record WorkflowSettings(WorkflowType type, String name) {

    /** Standard, no name chosen. */
    public static final WorkflowSettings DEFAULT = new WorkflowSettings(WorkflowType.STANDARD, null);

    /** AWS's limit on a state machine name. */
    public static final int MAX_NAME_LENGTH = 80;

    public WorkflowSettings {
        Objects.requireNonNull(type, "type");
        if (name != null && name.isBlank()) {
            name = null;
        }
        String problem = problemWithName(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public WorkflowSettings withType(WorkflowType newType) {
        return new WorkflowSettings(newType, name);
    }

    public WorkflowSettings withName(String newName) {
        return new WorkflowSettings(type, newName);
    }

    /**
     * @return what is wrong with a state machine name (1–80 letters, digits, {@code -} and {@code _}),
     *         or {@code null} when it is fine or absent
     */
    public static String problemWithName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "A state machine name has at most " + MAX_NAME_LENGTH + " characters.";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
                return "A state machine name uses only letters, digits, '-' and '_' (not '" + c + "').";
            }
        }
        return null;
    }
}

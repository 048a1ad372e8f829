package dev.loveless.app.designer.deploy;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;

/**
 * What a window's Deploy and Run dialogs share: the target, the state machine's name, and the ARN
 * of the state machine last deployed from this window (the Run dialog starts it). Lives as long as
 * the window; stores no secret and nothing on disk.
 */
public final class DeploySession {

    private final TargetViewModel target;
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final ObjectProperty<String> deployedArn = new SimpleObjectProperty<>(this, "deployedArn");

    /**
     * @param target      where deploys and runs go
     * @param defaultName the state machine's name to suggest (made from the workflow's file name)
     */
    public DeploySession(TargetViewModel target, String defaultName) {
        this.target = Objects.requireNonNull(target, "target");
        name.set(defaultName);
    }

    public TargetViewModel target() {
        return target;
    }

    /** The state machine's name. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The state machine last deployed from this window, or {@code null}. */
    public ObjectProperty<String> deployedArnProperty() {
        return deployedArn;
    }

    /** @return a state machine name made from a workflow name: letters, digits, '-' and '_', at most 80 */
    public static String machineNameOf(String workflowName) {
        String cleaned = workflowName.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-+|-+$", "");
        if (cleaned.length() > 80) {
            cleaned = cleaned.substring(0, 80);
        }
        return cleaned.isEmpty() ? "workflow" : cleaned;
    }
}

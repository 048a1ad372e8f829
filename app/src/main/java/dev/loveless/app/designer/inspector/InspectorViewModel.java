package dev.loveless.app.designer.inspector;

import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.WorkerKind;
import dev.loveless.model.edit.Document;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The inspector's view model: which form to show (the selected step's, the workflow's when
 * nothing is selected, none when several are) and keeping its values in step with the document.
 * A form is built again only when what it shows changes shape; otherwise its values refresh, so
 * typing keeps its place. Never touches a node.
 */
public final class InspectorViewModel {

    private final EditorViewModel editor;
    private final ReadOnlyObjectWrapper<FormModel> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyStringWrapper focusRequest = new ReadOnlyStringWrapper(this, "focusRequest");
    private final Map<StatePath, Map<WorkerKind, String>> workerNames = new HashMap<>();

    public InspectorViewModel(EditorViewModel editor) {
        this.editor = editor;
        editor.selection().addListener((SetChangeListener<StatePath>) change -> update());
        editor.documentProperty().addListener((o, before, now) -> update());
        editor.displayNameProperty().addListener((o, before, now) -> {
            if (form.get() != null && form.get().path() == null) {
                form.set(MachineForm.build(editor, now));
                form.get().refresh(MachineForm.sourceOf(editor.document()));
            }
        });
        update();
    }

    /** @return the form shown, or {@code null} when several steps are selected */
    public ReadOnlyObjectProperty<FormModel> formProperty() {
        return form.getReadOnlyProperty();
    }

    public FormModel form() {
        return form.get();
    }

    /** @return the pointer of the field the view should focus (set by {@link #focusField}), or {@code null} */
    public ReadOnlyStringProperty focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    /** @return how many steps are selected (the view says so when there are several) */
    public int selectionSize() {
        return editor.selection().size();
    }

    /**
     * Asks the view to focus the field nearest to {@code pointer} (relative to the state; a
     * problem's field), after the form of that state is shown.
     */
    public void focusField(String pointer) {
        FormModel current = form.get();
        String target = pointer == null ? null : nearestField(current, pointer);
        focusRequest.set(null);
        focusRequest.set(target);
    }

    /** @return the pointer of the form's field at or above {@code pointer}, or {@code null} */
    static String nearestField(FormModel form, String pointer) {
        if (form == null) {
            return null;
        }
        String candidate = pointer;
        while (!candidate.isEmpty()) {
            if (form.field(candidate) != null) {
                return candidate;
            }
            int slash = candidate.lastIndexOf('/');
            candidate = slash <= 0 ? "" : candidate.substring(0, slash);
        }
        return null;
    }

    private void update() {
        Document document = editor.document();
        if (editor.selection().size() > 1) {
            form.set(null);
            return;
        }
        StatePath path = editor.singleSelection();
        State state = path == null ? null : StateTree.resolve(document.machine(), path);
        FormModel current = form.get();
        if (state == null) {
            String shape = MachineForm.shapeOf(document);
            if (current == null || current.path() != null || !current.shape().equals(shape)) {
                current = MachineForm.build(editor, editor.displayNameProperty().get());
                current.refresh(MachineForm.sourceOf(document));
                form.set(current);
            } else {
                current.refresh(MachineForm.sourceOf(document));
            }
            return;
        }
        String shape = StateForms.shapeOf(document, path, state);
        Map<WorkerKind, String> names = workerNames.computeIfAbsent(path, p -> new EnumMap<>(WorkerKind.class));
        if (current == null || !path.equals(current.path()) || !current.shape().equals(shape)) {
            current = StateForms.build(editor, path, state, names);
            current.refresh(StateForms.sourceOf(state));
            form.set(current);
        } else {
            current.refresh(StateForms.sourceOf(state));
        }
    }
}

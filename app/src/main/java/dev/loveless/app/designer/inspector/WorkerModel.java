package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.StatePath;
import dev.loveless.model.Worker;
import dev.loveless.model.WorkerKind;
import dev.loveless.model.edit.ChangeWorkerKind;
import dev.loveless.model.edit.Edit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The Lambda ⇄ Activity switch of a Task (and "AWS service"): shows who runs the task and flips
 * it with one {@link ChangeWorkerKind} edit. It remembers, per state, the function and activity
 * names seen, so that flipping back and forth brings the same names back.
 */
public final class WorkerModel implements FormRow {

    private final StatePath path;
    private final Consumer<Edit> edits;
    private final Map<WorkerKind, String> remembered;
    private final ReadOnlyObjectWrapper<WorkerKind> kind = new ReadOnlyObjectWrapper<>(this, "kind", WorkerKind.UNKNOWN);

    /** @param remembered the names this state's workers had in this session, by kind (updated as they are seen) */
    public WorkerModel(StatePath path, Consumer<Edit> edits, Map<WorkerKind, String> remembered) {
        this.path = path;
        this.edits = edits;
        this.remembered = remembered;
    }

    public ReadOnlyObjectProperty<WorkerKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public WorkerKind kind() {
        return kind.get();
    }

    @Override
    public void refresh(JsonNode source) {
        String resource = source.path("Resource").asText(null);
        Worker worker = Worker.of(resource);
        kind.set(worker.kind());
        if (worker.kind() == WorkerKind.ACTIVITY && worker.name() != null) {
            remembered.put(WorkerKind.ACTIVITY, worker.name());
        }
        if (worker.kind() == WorkerKind.LAMBDA) {
            JsonNode function = source.at("/Parameters/FunctionName");
            if (function.isMissingNode()) {
                function = source.at("/Arguments/FunctionName");
            }
            if (function.isTextual() && !function.textValue().startsWith("${")) {
                remembered.put(WorkerKind.LAMBDA, function.textValue());
            }
        }
    }

    /** Makes the task run on another kind of worker (nothing happens when it already does). */
    public void switchTo(WorkerKind newKind) {
        if (newKind != null && newKind != kind.get() && newKind != WorkerKind.UNKNOWN) {
            edits.accept(new ChangeWorkerKind(path, newKind, remembered.get(newKind)));
        }
    }

    /** @return a plain-words explanation of a worker kind, for the switch's tooltips and the reading mode */
    public static String explain(WorkerKind kind) {
        switch (kind) {
            case LAMBDA:
                return "AWS Lambda runs your code on demand, for up to 15 minutes, and bills by the millisecond.";
            case ACTIVITY:
                return "An Activity worker is your own program (a container, a GPU machine) that asks Step Functions"
                        + " for work; for long or special jobs.";
            case SERVICE:
                return "Step Functions calls another AWS service directly, with no code of yours.";
            default:
                return "The resource does not say who runs this task.";
        }
    }
}

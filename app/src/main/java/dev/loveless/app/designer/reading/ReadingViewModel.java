package dev.loveless.app.designer.reading;

import dev.loveless.app.designer.inspector.WorkerModel;
import dev.loveless.exporters.diagram.StatePresentation;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.MapState;
import dev.loveless.model.ParallelState;
import dev.loveless.model.State;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.WaitState;
import dev.loveless.model.Worker;
import dev.loveless.model.WorkerKind;

/**
 * What the reading mode tells about a step, in plain words for people who do not read ASL: its
 * name, what kind of step it is, its description, and who does its work.
 *
 * @param title       the step's name
 * @param kind        what kind of step, e.g. "Lambda function"
 * @param description the step's own description, or a sentence saying it has none
 * @param work        who does the work, or what the step does when it is no Task
 */
public record ReadingViewModel(String title, String kind, String description, String work) {

    /** @return the card of the state at {@code path}, or {@code null} when there is none */
    public static ReadingViewModel of(StateMachine machine, StatePath path) {
        State state = path == null ? null : StateTree.resolve(machine, path);
        if (state == null) {
            return null;
        }
        StatePresentation look = StatePresentation.of(state);
        String description = state.comment() != null && !state.comment().isBlank() ? state.comment()
                : "No description yet.";
        return new ReadingViewModel(path.name(), look.kind(), description, work(state));
    }

    private static String work(State state) {
        if (state instanceof TaskState task) {
            Worker worker = task.worker();
            String name = worker.name() != null ? " \"" + worker.name() + "\"" : functionName(task);
            if (worker.kind() == WorkerKind.LAMBDA) {
                return "Runs as the Lambda function" + name + ". " + WorkerModel.explain(WorkerKind.LAMBDA);
            }
            if (worker.kind() == WorkerKind.ACTIVITY) {
                return "Runs on the Activity worker" + name + ". " + WorkerModel.explain(WorkerKind.ACTIVITY);
            }
            if (worker.kind() == WorkerKind.SERVICE) {
                return "Calls " + StatePresentation.workerWord(state) + " (" + worker.action() + ") directly. "
                        + WorkerModel.explain(WorkerKind.SERVICE);
            }
            return WorkerModel.explain(WorkerKind.UNKNOWN);
        }
        if (state instanceof ChoiceState choice) {
            return "Chooses between " + choice.choicesOrEmpty().size() + (choice.choicesOrEmpty().size() == 1 ? " path" : " paths")
                    + (choice.defaultState() != null ? ", otherwise goes to " + choice.defaultState() + "." : ".");
        }
        if (state instanceof ParallelState parallel) {
            return "Runs " + parallel.branchesOrEmpty().size() + " branches at the same time and waits for all of them.";
        }
        if (state instanceof MapState map) {
            return map.isDistributed() ? "Repeats its steps for every item, as child workflows (up to millions of items)."
                    : "Repeats its steps for every item of a list.";
        }
        if (state instanceof WaitState wait) {
            return wait.seconds() != null ? "Waits " + wait.seconds().asText() + " seconds." : "Waits for a time.";
        }
        return StatePresentation.of(state).kind() + ".";
    }

    private static String functionName(TaskState task) {
        var parameters = task.common().parameters() != null ? task.common().parameters() : task.common().arguments();
        if (parameters != null && parameters.path("FunctionName").isTextual()) {
            return " \"" + parameters.path("FunctionName").textValue() + "\"";
        }
        return "";
    }
}

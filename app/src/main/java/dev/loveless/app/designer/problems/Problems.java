package dev.loveless.app.designer.problems;

import dev.loveless.model.StateTree;
import dev.loveless.model.UnknownState;
import dev.loveless.model.graph.Transition;
import dev.loveless.model.graph.WorkflowGraph;

import java.util.ArrayList;
import java.util.List;

/** The problem sources of the designer. */
public final class Problems {

    private Problems() {
    }

    /**
     * @return the source of the live problems panel. THE ONE PLACE TO PLUG THE VALIDATOR IN:
     *         return a source running {@code dev.loveless.model.validation} here.
     */
    public static ProblemSource live() {
        return Problems::fromGraph;
    }

    /** Problems the graph tells without a validator: dangling transitions and unknown types. */
    static List<Problem> fromGraph(dev.loveless.model.edit.Document document) {
        List<Problem> problems = new ArrayList<>();
        var machine = document.machine();
        if (machine.startAt() == null) {
            problems.add(new Problem(Problem.Severity.ERROR, null, "The workflow has no start (StartAt).", 0, 0));
        }
        for (Transition transition : WorkflowGraph.of(machine).danglingTransitions()) {
            String where = transition.source().isStart() ? "The start" : "\"" + transition.source().name() + "\"";
            problems.add(new Problem(Problem.Severity.ERROR, transition.source().path(),
                    where + " leads to \"" + transition.target() + "\", which is not in the same part of the workflow.", 0, 0));
        }
        StateTree.walk(machine, (path, state) -> {
            if (state instanceof UnknownState unknown) {
                problems.add(new Problem(Problem.Severity.ERROR, path, unknown.typeName() == null
                        ? "\"" + path.name() + "\" has no Type." : "\"" + path.name() + "\" has an unknown Type \"" + unknown.typeName() + "\".", 0, 0));
            }
        });
        return problems;
    }
}

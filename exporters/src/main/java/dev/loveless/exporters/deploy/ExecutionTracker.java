package dev.loveless.exporters.deploy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds an execution's history events into per-state runs. A state entered is in progress until it
 * exits (succeeded); a failure event of its work (a Task, Lambda or Activity failing or timing out)
 * marks the state entered last as failed; when the execution fails or is stopped, states still in
 * progress are failed or aborted. Not thread-safe: one per followed execution.
 */
public final class ExecutionTracker {

    private final Map<String, StateRun> runs = new LinkedHashMap<>();
    private final Deque<String> open = new ArrayDeque<>();
    private long lastEventId;

    /** Takes in events in order; events already seen are ignored. */
    public void accept(List<HistoryEvent> events) {
        for (HistoryEvent event : events) {
            if (event.id() <= lastEventId) {
                continue;
            }
            lastEventId = event.id();
            accept(event);
        }
    }

    private void accept(HistoryEvent event) {
        String type = event.type();
        if (event.isStateEntered() && event.stateName() != null) {
            StateRun before = runs.get(event.stateName());
            runs.put(event.stateName(), new StateRun(event.stateName(), StateRun.Status.IN_PROGRESS, event.data(), null,
                    null, null, before == null ? 1 : before.entries() + 1));
            open.remove(event.stateName());
            open.push(event.stateName());
        } else if (event.isStateExited() && event.stateName() != null) {
            StateRun before = runs.get(event.stateName());
            if (before != null) {
                runs.put(before.name(), new StateRun(before.name(), StateRun.Status.SUCCEEDED, before.input(),
                        event.data(), null, null, before.entries()));
            }
            open.remove(event.stateName());
        } else if (event.isStateFailure() && !open.isEmpty()) {
            StateRun before = runs.get(open.peek());
            runs.put(before.name(), new StateRun(before.name(), StateRun.Status.FAILED, before.input(), null,
                    event.error(), event.cause(), before.entries()));
        } else if (type.equals("ExecutionFailed") || type.equals("ExecutionTimedOut") || type.equals("ExecutionAborted")) {
            StateRun.Status status = type.equals("ExecutionAborted") ? StateRun.Status.ABORTED : StateRun.Status.FAILED;
            for (String name : open) {
                StateRun before = runs.get(name);
                if (before.status() == StateRun.Status.IN_PROGRESS) {
                    runs.put(name, new StateRun(name, status, before.input(), null,
                            status == StateRun.Status.FAILED ? event.error() : null,
                            status == StateRun.Status.FAILED ? event.cause() : null, before.entries()));
                }
            }
            open.clear();
        }
    }

    /** @return the states so far, in order of first entry */
    public List<StateRun> states() {
        return new ArrayList<>(runs.values());
    }

    public long lastEventId() {
        return lastEventId;
    }
}

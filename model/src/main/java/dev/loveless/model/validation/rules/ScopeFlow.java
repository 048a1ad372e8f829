package dev.loveless.model.validation.rules;

import dev.loveless.model.Scope;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.graph.ScopeId;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The control flow of one scope as index arrays, for the reachability rules: state {@code i}'s
 * successors, which states the start reaches, which states can reach a terminal state. Built in
 * one pass over the scope's states; every traversal is linear.
 */
final class ScopeFlow {

    final List<StateEntry> states;
    final int[][] successors;
    final boolean[] dangling;
    final int start;

    private ScopeFlow(List<StateEntry> states, int[][] successors, boolean[] dangling, int start) {
        this.states = states;
        this.successors = successors;
        this.dangling = dangling;
        this.start = start;
    }

    static ScopeFlow of(ValidationContext context, ScopeId id, Scope scope) {
        List<StateEntry> states = context.statesOf(id);
        Map<String, Integer> index = new HashMap<>(states.size() * 2);
        for (int i = 0; i < states.size(); i++) {
            index.put(states.get(i).name(), i);
        }
        int[][] successors = new int[states.size()][];
        boolean[] dangling = new boolean[states.size()];
        for (int i = 0; i < states.size(); i++) {
            List<Transitions.Target> targets = Transitions.of(states.get(i).state());
            int[] next = new int[targets.size()];
            int count = 0;
            for (Transitions.Target target : targets) {
                Integer j = index.get(target.name());
                if (j == null) {
                    dangling[i] = true;
                } else {
                    next[count++] = j;
                }
            }
            successors[i] = count == next.length ? next : java.util.Arrays.copyOf(next, count);
        }
        Integer start = scope.startAt() == null ? null : index.get(scope.startAt());
        return new ScopeFlow(states, successors, dangling, start == null ? -1 : start);
    }

    /** @return which states the start reaches (all false when the start is unknown) */
    boolean[] reachedFromStart() {
        boolean[] reached = new boolean[states.size()];
        if (start < 0) {
            return reached;
        }
        Deque<Integer> queue = new ArrayDeque<>();
        reached[start] = true;
        queue.add(start);
        while (!queue.isEmpty()) {
            int current = queue.poll();
            for (int next : successors[current]) {
                if (!reached[next]) {
                    reached[next] = true;
                    queue.add(next);
                }
            }
        }
        return reached;
    }

    /** @return which states can reach a way out: a terminal state, or a transition whose target is missing */
    boolean[] canExit() {
        List<List<Integer>> predecessors = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            predecessors.add(new ArrayList<>(1));
        }
        for (int i = 0; i < states.size(); i++) {
            for (int next : successors[i]) {
                predecessors.get(next).add(i);
            }
        }
        boolean[] exits = new boolean[states.size()];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < states.size(); i++) {
            if (Transitions.isTerminal(states.get(i).state()) || dangling[i] || states.get(i).state().type() == null) {
                exits[i] = true;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int current = queue.poll();
            for (int previous : predecessors.get(current)) {
                if (!exits[previous]) {
                    exits[previous] = true;
                    queue.add(previous);
                }
            }
        }
        return exits;
    }
}

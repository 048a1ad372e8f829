package dev.loveless.model.validation;

import dev.loveless.model.QueryLanguage;
import dev.loveless.model.Scope;
import dev.loveless.model.State;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.io.SourceMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules of one validation run share: the machine (read-only), every state with its
 * address, pointer and query language (computed once, in one walk), every scope, the options,
 * and the sink for findings. Not thread-safe: one context per run.
 */
public final class ValidationContext {

    private final StateMachine machine;
    private final SourceMap sourceMap;
    private final WorkflowType workflowType;
    private final List<StateEntry> states = new ArrayList<>();
    private final Map<ScopeId, Scope> scopes = new LinkedHashMap<>();
    private final Map<ScopeId, String> scopePointers = new LinkedHashMap<>();
    private final Map<ScopeId, List<StateEntry>> byScope = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Object, Object[]> memos = new java.util.HashMap<>();
    private String code;
    private Severity severity;

    ValidationContext(StateMachine machine, SourceMap sourceMap, WorkflowType workflowType) {
        this.machine = machine;
        this.sourceMap = sourceMap;
        this.workflowType = workflowType;
        QueryLanguage language = machine.effectiveQueryLanguage();
        collect(machine, ScopeId.ROOT, "", language);
    }

    private void collect(Scope scope, ScopeId scopeId, String scopePointer, QueryLanguage machineLanguage) {
        scopes.put(scopeId, scope);
        scopePointers.put(scopeId, scopePointer);
        List<StateEntry> own = new ArrayList<>(scope.statesOrEmpty().size());
        byScope.put(scopeId, own);
        for (Map.Entry<String, State> named : scope.statesOrEmpty().byName().entrySet()) {
            StatePath path = scopeId.pathOf(named.getKey());
            State state = named.getValue();
            String pointer = scopePointer + "/States/" + StateTree.escape(named.getKey());
            QueryLanguage language = QueryLanguage.parseOr(state.common().queryLanguage(), machineLanguage);
            StateEntry entry = new StateEntry(states.size(), path, state, pointer, scopeId, scope, language);
            states.add(entry);
            own.add(entry);
            List<Scope> inner = StateTree.scopesOf(state);
            String innerBase = pointer + (state instanceof dev.loveless.model.MapState map
                    ? (map.itemProcessor() != null ? "/ItemProcessor" : "/Iterator") : "");
            for (int branch = 0; branch < inner.size(); branch++) {
                String innerPointer = state instanceof dev.loveless.model.ParallelState
                        ? pointer + "/Branches/" + branch : innerBase;
                collect(inner.get(branch), new ScopeId(path, branch), innerPointer, machineLanguage);
            }
        }
    }

    /** @return the machine under validation (never modified) */
    public StateMachine machine() {
        return machine;
    }

    /** @return the workflow type, or {@code null} when unknown */
    public WorkflowType workflowType() {
        return workflowType;
    }

    /** @return every state, parents before their children, in document order */
    public List<StateEntry> states() {
        return Collections.unmodifiableList(states);
    }

    /** @return every scope (the machine first), in document order */
    public Map<ScopeId, Scope> scopes() {
        return Collections.unmodifiableMap(scopes);
    }

    /**
     * @return what {@code compute} gives for {@code entry}, computed once per run and shared by the
     *         rules that need it (a Task's classified resource, a state's payload templates…);
     *         {@code key} names the kind of value and must be a constant
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(StateEntry entry, Object key, java.util.function.Function<StateEntry, T> compute) {
        Object[] values = memos.computeIfAbsent(key, k -> new Object[states.size()]);
        Object value = values[entry.index()];
        if (value == null) {
            value = compute.apply(entry);
            values[entry.index()] = value;
        }
        return (T) value;
    }

    /** @return the states of one scope, in document order */
    public List<StateEntry> statesOf(ScopeId scope) {
        List<StateEntry> own = byScope.get(scope);
        return own == null ? List.of() : Collections.unmodifiableList(own);
    }

    /** @return the JSON pointer of a scope's object ({@code ""} for the machine) */
    public String scopePointer(ScopeId scope) {
        return scopePointers.get(scope);
    }

    void begin(String ruleCode, Severity ruleSeverity) {
        this.code = ruleCode;
        this.severity = ruleSeverity;
    }

    /** Reports a problem with a field of a state; {@code tokens} lead from the state to the field. */
    public void report(StateEntry entry, String message, Object... tokens) {
        report(entry.path(), entry.pointer(), message, tokens);
    }

    /** Reports a problem with a field of the machine itself (its top-level fields). */
    public void reportMachine(String message, Object... tokens) {
        report(null, "", message, tokens);
    }

    /**
     * Reports a problem at {@code base} (a JSON pointer) followed by {@code tokens} (field names as
     * strings, array indexes as integers), for the state at {@code path} ({@code null}: the machine).
     */
    public void report(StatePath path, String base, String message, Object... tokens) {
        StringBuilder pointer = new StringBuilder(base);
        StringBuilder field = new StringBuilder();
        for (Object token : tokens) {
            if (token instanceof Integer index) {
                pointer.append('/').append(index);
                field.append('[').append(index).append(']');
            } else {
                String name = String.valueOf(token);
                pointer.append('/').append(StateTree.escape(name));
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        String where = pointer.toString();
        SourceMap.Location location = sourceMap.locate(where);
        diagnostics.add(new Diagnostic(code, severity, message, path, field.toString(), where,
                location.line(), location.column()));
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}

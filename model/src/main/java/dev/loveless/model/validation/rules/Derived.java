package dev.loveless.model.validation.rules;

import dev.loveless.model.TaskState;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.ResourceArns;

import java.util.List;

/**
 * What several rules derive from the same state, computed once per run through
 * {@link ValidationContext#memo}: a Task's classified resource, a state's payload templates and
 * JSONata values.
 */
final class Derived {

    private static final Object RESOURCE = new Object();
    private static final Object PAYLOADS = new Object();
    private static final Object JSONATA_VALUES = new Object();

    private Derived() {
    }

    /** @return the Task's classified {@code Resource}, or {@code null} when the state is no Task or has none */
    static ResourceArns.Resource resource(ValidationContext context, StateEntry entry) {
        if (!(entry.state() instanceof TaskState task) || task.resource() == null) {
            return null;
        }
        return context.memo(entry, RESOURCE, e -> ResourceArns.classify(task.resource()));
    }

    /** @return whether the state is a Task that invokes a Lambda function */
    static boolean invokesLambda(ValidationContext context, StateEntry entry) {
        ResourceArns.Resource resource = resource(context, entry);
        return resource != null && (resource.kind() == ResourceArns.Kind.LAMBDA_FUNCTION
                || resource.kind() == ResourceArns.Kind.SERVICE_INTEGRATION && "lambda".equals(resource.service())
                && "invoke".equals(resource.action()));
    }

    /** @return whether the state is a Task run by an Activity worker */
    static boolean isActivity(ValidationContext context, StateEntry entry) {
        ResourceArns.Resource resource = resource(context, entry);
        return resource != null && resource.kind() == ResourceArns.Kind.ACTIVITY;
    }

    /** @return the state's JSONPath payload templates */
    static List<Templates.Located> payloads(ValidationContext context, StateEntry entry) {
        return context.memo(entry, PAYLOADS, e -> Templates.payloads(e.state()));
    }

    /** Receives one field of a payload template (an object inside it, at any depth). */
    @FunctionalInterface
    interface PayloadFieldVisitor {
        /**
         * @param tokens the JSON pointer tokens of the object holding the field, relative to the state
         *               (see {@link #at} for the field's own)
         */
        void visit(StateEntry entry, String key, com.fasterxml.jackson.databind.JsonNode value, List<Object> tokens);
    }

    /** @return the pointer tokens of field {@code key} of the object at {@code tokens}, made only when reported */
    static Object[] at(List<Object> tokens, String key) {
        Object[] at = tokens.toArray(new Object[tokens.size() + 1]);
        at[tokens.size()] = key;
        return at;
    }

    /** Visits every field of every payload template of every JSONPath state. */
    static void payloadFields(ValidationContext context, PayloadFieldVisitor visitor) {
        for (StateEntry entry : context.states()) {
            if (entry.jsonata()) {
                continue;
            }
            for (Templates.Located template : payloads(context, entry)) {
                Json.objects(template.value(), template.start(), (object, tokens) ->
                        object.fields().forEachRemaining(field ->
                                visitor.visit(entry, field.getKey(), field.getValue(), tokens)));
            }
        }
    }

    /** @return the state's JSONata values */
    static List<Templates.Located> jsonataValues(ValidationContext context, StateEntry entry) {
        return context.memo(entry, JSONATA_VALUES, e -> Templates.jsonataValues(e.state()));
    }
}

package dev.loveless.model.validation;

/**
 * When a rule runs. Structural rules run first; the others may meet a structure that is broken
 * and must then check what they can rather than give up. The order is the declaration order.
 */
public enum Phase {
    /** Required and allowed fields, types, ranges, exclusive pairs, names. */
    STRUCTURE,
    /** Transitions, terminal states, reachability, loops. */
    GRAPH,
    /** JSONPath, Reference Paths, payload templates, intrinsic functions, JSONata, query language. */
    PATHS,
    /** Task resources and service integrations. */
    RESOURCES,
    /** Restrictions of the workflow type (STANDARD or EXPRESS). */
    WORKFLOW_TYPE,
    /** Loveless's advice for robust workflows. */
    ADVICE
}

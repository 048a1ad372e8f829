package dev.loveless.model.graph;

import dev.loveless.model.StatePath;

/**
 * Names a scope: the machine itself ({@link #ROOT}), or branch {@code branch} of the Parallel or
 * Map state at {@code owner} (a Map's processor is branch 0).
 */
public record ScopeId(StatePath owner, int branch) {

    public static final ScopeId ROOT = new ScopeId(null, -1);

    /** @return the scope holding the state at {@code path} */
    public static ScopeId of(StatePath path) {
        StatePath parent = path.parent();
        return parent == null ? ROOT : new ScopeId(parent, path.branchInParent());
    }

    /** @return the path of the state named {@code name} in this scope */
    public StatePath pathOf(String name) {
        return owner == null ? StatePath.of(name) : owner.child(branch, name);
    }

    public boolean isRoot() {
        return owner == null;
    }
}

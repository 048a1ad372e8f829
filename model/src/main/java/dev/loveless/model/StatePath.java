package dev.loveless.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The address of a state anywhere in a machine, nested in Parallel branches and Map processors:
 * the names of the enclosing states, each followed by the index of the branch taken inside it
 * (always 0 for a Map's processor), then the state's own name — the AWS language service's
 * {@code [...(StateId | branchIndex)[], StateId]}. Diagnostics, selection and layout are keyed by it.
 *
 * <p>Invariant: {@code names} is not empty and {@code branches.size() == names.size() - 1}.
 */
public record StatePath(List<String> names, List<Integer> branches) {

    public StatePath {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        branches = List.copyOf(Objects.requireNonNull(branches, "branches"));
        if (names.isEmpty() || branches.size() != names.size() - 1) {
            throw new IllegalArgumentException("a state path needs one more name than branch indexes");
        }
    }

    /** @return the path of a top-level state */
    public static StatePath of(String name) {
        return new StatePath(List.of(name), List.of());
    }

    /** @return the path of a state named {@code name} in branch {@code branch} of this state */
    public StatePath child(int branch, String name) {
        List<String> newNames = new ArrayList<>(names);
        newNames.add(name);
        List<Integer> newBranches = new ArrayList<>(branches);
        newBranches.add(branch);
        return new StatePath(newNames, newBranches);
    }

    /** @return the state's own name */
    public String name() {
        return names.get(names.size() - 1);
    }

    /** @return how deep the state is nested: 0 for a top-level state */
    public int depth() {
        return branches.size();
    }

    /** @return the enclosing Parallel or Map state's path, or {@code null} for a top-level state */
    public StatePath parent() {
        if (names.size() == 1) {
            return null;
        }
        return new StatePath(names.subList(0, names.size() - 1), branches.subList(0, branches.size() - 1));
    }

    /** @return the branch index taken in the parent, or -1 for a top-level state */
    public int branchInParent() {
        return branches.isEmpty() ? -1 : branches.get(branches.size() - 1);
    }

    /** @return the path of a sibling state in the same scope */
    public StatePath sibling(String name) {
        List<String> newNames = new ArrayList<>(names);
        newNames.set(newNames.size() - 1, name);
        return new StatePath(newNames, branches);
    }

    /** @return whether both states are in the same scope (same parent and branch) */
    public boolean sameScopeAs(StatePath other) {
        return names.subList(0, names.size() - 1).equals(other.names.subList(0, other.names.size() - 1))
                && branches.equals(other.branches);
    }

    /** @return the AWS language service form, e.g. {@code ["Fan out", 1, "Charge"]} as a list */
    public List<Object> elements() {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            elements.add(names.get(i));
            if (i < branches.size()) {
                elements.add(branches.get(i));
            }
        }
        return elements;
    }

    /** @return a readable form: {@code Fan out › 1 › Charge} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object element : elements()) {
            if (text.length() > 0) {
                text.append(" › ");
            }
            text.append(element);
        }
        return text.toString();
    }
}

package dev.loveless.model.edit;

import dev.loveless.model.StateMachine;
import dev.loveless.model.StateTree;

import java.util.HashSet;
import java.util.Set;

/**
 * State names: their limits in ASL, and fresh unique names. Names are kept unique across the
 * whole machine (not only within a scope) because AWS requires it of nested states too.
 */
public final class Names {

    /** ASL's limit on a state name's length. */
    public static final int MAX_LENGTH = 80;

    private Names() {
    }

    /** @return every state name used anywhere in the machine */
    public static Set<String> used(StateMachine machine) {
        Set<String> names = new HashSet<>();
        StateTree.walk(machine, (path, state) -> names.add(path.name()));
        return names;
    }

    /** @return {@code base}, or {@code base 2}, {@code base 3}… whichever is not in {@code taken} */
    public static String unique(String base, Set<String> taken) {
        String stem = base.strip().isEmpty() ? "State" : base.strip();
        if (!taken.contains(stem)) {
            return stem;
        }
        java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("^(.*\\S) (\\d+)$").matcher(stem);
        if (numbered.matches()) {
            stem = numbered.group(1);
        }
        for (int i = 2; ; i++) {
            String candidate = stem + " " + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** @return why {@code name} cannot name a state, or {@code null} when it can */
    public static String problemWith(String name) {
        if (name == null || name.isBlank()) {
            return "A state needs a name.";
        }
        if (name.length() > MAX_LENGTH) {
            return "A state name has at most " + MAX_LENGTH + " characters.";
        }
        if (!name.equals(name.strip())) {
            return "A state name cannot start or end with a space.";
        }
        return null;
    }
}

package dev.loveless.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses repeated {@code KEY=VALUE} options. */
final class KeyValues {

    private KeyValues() {
    }

    /** @throws IllegalArgumentException naming the option when an entry has no {@code =} */
    static Map<String, String> parse(String option, List<String> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        if (entries == null) {
            return map;
        }
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(option + " takes KEY=VALUE, not '" + entry + "'");
            }
            map.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return map;
    }
}

package dev.loveless.exporters.cloudformation;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Allocates CloudFormation logical ids (and parameter names): ASCII letters and digits, starting
 * with a letter, at most 255 characters, unique ignoring case.
 */
final class LogicalIds {

    private final Set<String> taken = new HashSet<>();

    /** Reserves an id exactly as given. */
    void reserve(String id) {
        taken.add(id.toLowerCase(Locale.ROOT));
    }

    boolean isFree(String id) {
        return !taken.contains(id.toLowerCase(Locale.ROOT));
    }

    /** @return a fresh id that reads like {@code text} followed by {@code suffix} */
    String allocate(String text, String suffix) {
        String base = pascal(text);
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "P" + base;
        }
        base = base.substring(0, Math.min(base.length(), 200)) + suffix;
        String id = base;
        for (int i = 2; !isFree(id); i++) {
            id = base + i;
        }
        reserve(id);
        return id;
    }

    /** @return whether {@code id} is a well-formed logical id */
    static boolean isValid(String id) {
        return id.matches("[A-Za-z][A-Za-z0-9]{0,254}");
    }

    static String pascal(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}

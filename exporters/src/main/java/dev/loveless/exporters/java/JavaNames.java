package dev.loveless.exporters.java;

import javax.lang.model.SourceVersion;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes Java identifiers out of any text: a state name with spaces, quotes, unicode, a Java
 * keyword or {@code "; System.exit(0); //} gives a valid, readable identifier made only of ASCII
 * letters and digits (so that file names work on every file system), unique within this allocator
 * ignoring case (two classes differing only in case collide on macOS and Windows). Words are kept:
 * {@code "Check upload"} → {@code CheckUpload} / {@code CHECK_UPLOAD}; accents are dropped
 * ({@code Ñandú} → {@code Nandu}); text with no usable letter falls back to a numbered name.
 *
 * <p>One allocator per name space (for example the handler classes of one project). Not thread-safe.
 */
public final class JavaNames {

    private final Set<String> taken = new HashSet<>();
    private final String fallback;
    private int fallbacks;

    /** @param fallback the stem used for text without letters or digits, e.g. {@code Task} */
    public JavaNames(String fallback) {
        if (!SourceVersion.isIdentifier(fallback)) {
            throw new IllegalArgumentException("not an identifier: " + fallback);
        }
        this.fallback = fallback;
    }

    /** Keeps {@code name} from being allocated (a class the project already has). */
    public JavaNames reserve(String name) {
        taken.add(name.toLowerCase(Locale.ROOT));
        return this;
    }

    /** @return a fresh {@code UpperCamelCase} name for {@code text}, followed by {@code suffix} */
    public String typeName(String text, String suffix) {
        String stem = String.join("", capitalised(words(text)));
        return unique(stem, suffix, "");
    }

    /** @return a fresh {@code UPPER_SNAKE_CASE} name for {@code text} */
    public String constantName(String text) {
        List<String> words = words(text);
        String stem = String.join("_", words).toUpperCase(Locale.ROOT);
        return unique(stem, "", "_");
    }

    /** @return a fresh {@code lowerCamelCase} name for {@code text} */
    public String memberName(String text) {
        List<String> words = capitalised(words(text));
        if (!words.isEmpty()) {
            String first = words.get(0);
            words.set(0, first.equals(first.toUpperCase(Locale.ROOT)) ? first.toLowerCase(Locale.ROOT)
                    : Character.toLowerCase(first.charAt(0)) + first.substring(1));
        }
        return unique(String.join("", words), "", "");
    }

    private String unique(String stem, String suffix, String separator) {
        if (stem.isEmpty()) {
            stem = fallback + (++fallbacks);
        } else if (!Character.isLetter(stem.charAt(0))) {
            stem = fallback + separator + stem;
        }
        if (stem.length() > 80) {
            stem = stem.substring(0, 80);
        }
        String name = stem + suffix;
        for (int i = 2; !isFree(name); i++) {
            name = stem + separator + i + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private boolean isFree(String name) {
        return !taken.contains(name.toLowerCase(Locale.ROOT)) && SourceVersion.isName(name)
                && !SourceVersion.isKeyword(name);
    }

    /** @return the ASCII words of {@code text}, camel-case humps split: {@code "getHTTPResponse 2"} → get, HTTP, Response, 2 */
    static List<String> words(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        List<String> words = new ArrayList<>();
        for (String chunk : ascii.split("[^A-Za-z0-9]+")) {
            if (chunk.isEmpty()) {
                continue;
            }
            for (String word : chunk.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static List<String> capitalised(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            out.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out;
    }

    /** @return whether {@code name} is a dotted Java name none of whose parts is a keyword */
    public static boolean isQualifiedName(String name) {
        return name != null && SourceVersion.isName(name) && name.chars().allMatch(c -> c < 128);
    }
}

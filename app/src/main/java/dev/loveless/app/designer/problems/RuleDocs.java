package dev.loveless.app.designer.problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The short explanation of each validation code, from the rule pages {@code docs/rules/CODE.md}
 * (copied onto the class path at build time): the paragraph under "What it checks", in plain text.
 */
public final class RuleDocs {

    private static final String FOLDER = "/dev/loveless/app/designer/rules/";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private RuleDocs() {
    }

    /** @return the explanation of {@code code}, or {@code null} when there is no page for it */
    public static String explain(String code) {
        if (code == null || !code.matches("[A-Z0-9_]+")) {
            return null;
        }
        String text = CACHE.computeIfAbsent(code, RuleDocs::load);
        return text.isEmpty() ? null : text;
    }

    private static String load(String code) {
        try (InputStream in = RuleDocs.class.getResourceAsStream(FOLDER + code + ".md")) {
            return in == null ? "" : whatItChecks(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return "";
        }
    }

    /** @return the first paragraph of the "What it checks" section, without Markdown marks */
    static String whatItChecks(String markdown) {
        int section = markdown.indexOf("## What it checks");
        String rest = section < 0 ? markdown : markdown.substring(section + "## What it checks".length());
        StringBuilder paragraph = new StringBuilder();
        for (String line : rest.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            if (trimmed.startsWith("#") || trimmed.startsWith("|")) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            paragraph.append(paragraph.length() > 0 ? " " : "").append(trimmed);
        }
        return paragraph.toString().replace("`", "").replaceAll("\\*\\*?([^*]+)\\*\\*?", "$1");
    }
}

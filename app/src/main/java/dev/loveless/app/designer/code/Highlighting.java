package dev.loveless.app.designer.code;

import dev.loveless.model.io.Format;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Syntax colours of ASL text: keys, strings, numbers, literals and punctuation (JSON), or keys and comments (YAML). */
final class Highlighting {

    private static final Pattern JSON = Pattern.compile(
            "(?<KEY>\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:))"
                    + "|(?<STRING>\"(?:[^\"\\\\]|\\\\.)*\"?)"
                    + "|(?<NUMBER>-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)"
                    + "|(?<LITERAL>\\b(?:true|false|null)\\b)"
                    + "|(?<PUNCT>[{}\\[\\],:])");
    private static final Pattern YAML = Pattern.compile(
            "(?<COMMENT>#[^\\n]*)"
                    + "|(?<KEY>^[ \\t-]*[^\\s#:'\"][^:\\n]*(?=:(?:\\s|$)))"
                    + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'[^'\\n]*')"
                    + "|(?<NUMBER>-?\\b\\d+(?:\\.\\d+)?\\b)"
                    + "|(?<LITERAL>\\b(?:true|false|null)\\b)", Pattern.MULTILINE);

    private Highlighting() {
    }

    /** @return the style classes of every character of {@code text} */
    static StyleSpans<Collection<String>> of(String text, Format format) {
        Matcher matcher = (format == Format.YAML ? YAML : JSON).matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (matcher.find()) {
            String style = group(matcher);
            spans.add(List.of(), matcher.start() - last);
            spans.add(List.of(style), matcher.end() - matcher.start());
            last = matcher.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }

    private static String group(Matcher matcher) {
        for (String name : List.of("COMMENT", "KEY", "STRING", "NUMBER", "LITERAL", "PUNCT")) {
            try {
                if (matcher.group(name) != null) {
                    return "code-" + name.toLowerCase(java.util.Locale.ROOT);
                }
            } catch (IllegalArgumentException e) {
                // this pattern has no such group
            }
        }
        return "code-plain";
    }
}

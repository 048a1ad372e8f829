package dev.loveless.exporters.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${Name}} placeholders in a definition (the CloudFormation / SAM {@code DefinitionSubstitutions}
 * convention, {@code ${AWS::Region}} and friends included): finding them and substituting values
 * in string values (never in field names).
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern BARE = Pattern.compile("\\$\\{([^}]+)}");

    private Placeholders() {
    }

    /** @return the placeholder's name if {@code text} is exactly one placeholder, else {@code null} */
    public static String bareName(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = BARE.matcher(text);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** @return the names of the placeholders in {@code text}, in order of appearance */
    public static Set<String> namesIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** @return {@code text} with every placeholder that {@code values} names replaced; others kept */
    public static String substitute(String text, Map<String, String> values) {
        if (text.indexOf("${") < 0) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Replaces, in place, placeholders in every string value of a JSON tree. */
    public static void substituteIn(JsonNode node, Map<String, String> values) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(substitute(field.getValue().textValue(), values)));
                } else {
                    substituteIn(field.getValue(), values);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(substitute(array.get(i).textValue(), values)));
                } else {
                    substituteIn(array.get(i), values);
                }
            }
        }
    }

    /** Calls {@code visitor} with the JSON pointer and text of every string value that holds a placeholder. */
    public static void forEachIn(JsonNode node, String pointer, BiConsumer<String, String> visitor) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> forEachIn(field.getValue(),
                    pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), visitor));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                forEachIn(array.get(i), pointer + "/" + i, visitor);
            }
        } else if (node != null && node.isTextual() && node.textValue().contains("${")) {
            visitor.accept(pointer, node.textValue());
        }
    }
}

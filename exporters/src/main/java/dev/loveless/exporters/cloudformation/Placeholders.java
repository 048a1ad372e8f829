package dev.loveless.exporters.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code ${…}} placeholders of a definition, which a template fills with DefinitionSubstitutions. */
public final class Placeholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    /** CloudFormation's pseudo parameters, referred to with {@code Ref} as they are. */
    static final Set<String> PSEUDO = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    private Placeholders() {
    }

    /** @return every placeholder name in the tree's strings and keys, in document order */
    public static Set<String> in(JsonNode tree) {
        Set<String> names = new LinkedHashSet<>();
        collect(tree, names);
        return names;
    }

    /** @return every placeholder name in {@code text}, in order */
    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isTextual()) {
            names.addAll(in(node.textValue()));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                names.addAll(in(field.getKey()));
                collect(field.getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names));
        }
    }
}

package dev.loveless.model.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How severe each rule's findings are, by rule code: the recommended defaults
 * ({@code recommended.json} beside this class), changed per project by a JSON file such as
 * <pre>{"rules": {"LAMBDA_NO_RETRY": "off", "TASK_NO_TIMEOUT_OR_CATCH": "error"}}</pre>
 * Immutable. A code without a setting is an {@link Severity#ERROR}.
 */
public final class RuleConfig {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RuleConfig RECOMMENDED = loadRecommended();

    private final Map<String, Severity> severities;

    private RuleConfig(Map<String, Severity> severities) {
        this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    }

    /** @return the recommended configuration: AWS's refusals are errors, Loveless's advice warnings */
    public static RuleConfig recommended() {
        return RECOMMENDED;
    }

    /** @return the severity of the rule with this code */
    public Severity severityOf(String code) {
        return severities.getOrDefault(code, Severity.ERROR);
    }

    /** @return every configured code and its severity */
    public Map<String, Severity> severities() {
        return severities;
    }

    /** @return this configuration with one rule's severity changed */
    public RuleConfig with(String code, Severity severity) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Map<String, Severity> copy = new LinkedHashMap<>(severities);
        copy.put(code, severity);
        return new RuleConfig(copy);
    }

    /**
     * @param knownCodes the codes a setting may name (a typo must not silently do nothing)
     * @return this configuration changed by a project file's {@code {"rules": {CODE: severity}}}
     * @throws InvalidRuleConfigException when the file cannot be read, is not such an object,
     *         names an unknown code or an unknown severity
     */
    public RuleConfig withFile(Path file, Set<String> knownCodes) throws InvalidRuleConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidRuleConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidRuleConfigException(file + ": cannot read: " + e.getMessage());
        }
        return withJson(text, knownCodes, file.toString());
    }

    /** As {@link #withFile}, from text; {@code source} names it in messages. */
    public RuleConfig withJson(String text, Set<String> knownCodes, String source) throws InvalidRuleConfigException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidRuleConfigException(source + ": not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject() || !root.path("rules").isObject()) {
            throw new InvalidRuleConfigException(source
                    + ": expected an object {\"rules\": {\"RULE_CODE\": \"error|warning|info|off\"}}");
        }
        Map<String, Severity> copy = new LinkedHashMap<>(severities);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> setting = it.next();
            if (!knownCodes.contains(setting.getKey())) {
                throw new InvalidRuleConfigException(source + ": unknown rule '" + setting.getKey()
                        + "' (see docs/rules/README.md for the codes)");
            }
            Severity severity = setting.getValue().isTextual() ? Severity.parse(setting.getValue().textValue()) : null;
            if (severity == null) {
                throw new InvalidRuleConfigException(source + ": rule " + setting.getKey()
                        + " must be \"error\", \"warning\", \"info\" or \"off\", not " + setting.getValue());
            }
            copy.put(setting.getKey(), severity);
        }
        return new RuleConfig(copy);
    }

    private static RuleConfig loadRecommended() {
        try (InputStream in = RuleConfig.class.getResourceAsStream("recommended.json")) {
            if (in == null) {
                throw new IllegalStateException("recommended.json is missing from the class path");
            }
            JsonNode rules = JSON.readTree(in).get("rules");
            Map<String, Severity> severities = new LinkedHashMap<>();
            rules.fields().forEachRemaining(entry ->
                    severities.put(entry.getKey(), Objects.requireNonNull(Severity.parse(entry.getValue().asText()),
                            "severity of " + entry.getKey())));
            return new RuleConfig(severities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule configuration file that cannot be used; the message says why in plain words. */
    public static final class InvalidRuleConfigException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidRuleConfigException(String message) {
            super(message);
        }
    }
}

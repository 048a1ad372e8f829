package dev.loveless.model.validation;

import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.ParsedDefinition;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per rule, driven by its fixtures in {@code rules/CODE/valid} and {@code rules/CODE/invalid}:
 * every invalid fixture makes the rule report (with a pointer and a line), no valid fixture does,
 * and a valid fixture has no error at all. {@code EXPRESS_UNSUPPORTED}'s fixtures are validated
 * as an EXPRESS workflow.
 */
class RuleFixturesTest {

    private final AslReader reader = new AslReader();
    private final Validator validator = new Validator();
    private final Validator express = validator.withWorkflowType(WorkflowType.EXPRESS);

    @TestFactory
    Stream<DynamicNode> eachRuleReportsItsInvalidFixturesAndNotItsValidOnes() throws Exception {
        Path root = fixtures();
        List<DynamicNode> rules = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            List<DynamicNode> cases = new ArrayList<>();
            Validator validator = rule.code().equals("EXPRESS_UNSUPPORTED") ? express : this.validator;
            for (Path file : list(root.resolve(rule.code()).resolve("invalid"))) {
                cases.add(DynamicTest.dynamicTest("reports " + file.getFileName(), () -> {
                    // given
                    ParsedDefinition definition = reader.read(file);
                    // when
                    List<Diagnostic> found = ofRule(validator.validate(definition), rule.code());
                    // then
                    assertFalse(found.isEmpty(), rule.code() + " should report " + file.getFileName());
                    for (Diagnostic diagnostic : found) {
                        assertTrue(diagnostic.line() > 0, "a located diagnostic: " + diagnostic);
                        assertFalse(diagnostic.message().isBlank());
                    }
                }));
            }
            for (Path file : list(root.resolve(rule.code()).resolve("valid"))) {
                cases.add(DynamicTest.dynamicTest("accepts " + file.getFileName(), () -> {
                    // given
                    ParsedDefinition definition = reader.read(file);
                    // when
                    ValidationResult result = validator.validate(definition);
                    // then
                    assertEquals(List.of(), ofRule(result, rule.code()));
                    assertFalse(result.hasErrors(), "a valid fixture has no error: " + result.diagnostics());
                }));
            }
            rules.add(DynamicContainer.dynamicContainer(rule.code(), cases));
        }
        return rules.stream();
    }

    @Test
    void everyRuleHasValidAndInvalidFixturesAndAPage() throws Exception {
        // given
        Path root = fixtures();
        Path docs = Paths.get("..", "docs", "rules");
        // when
        List<String> missing = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (list(root.resolve(rule.code()).resolve("valid")).isEmpty()) {
                missing.add(rule.code() + ": no valid fixture");
            }
            if (list(root.resolve(rule.code()).resolve("invalid")).isEmpty()) {
                missing.add(rule.code() + ": no invalid fixture");
            }
            if (!Files.isRegularFile(docs.resolve(rule.code() + ".md"))) {
                missing.add(rule.code() + ": no docs/rules/" + rule.code() + ".md");
            }
        }
        // then
        assertEquals(List.of(), missing);
    }

    private static List<Diagnostic> ofRule(ValidationResult result, String code) {
        return result.diagnostics().stream().filter(d -> d.code().equals(code)).collect(Collectors.toList());
    }

    private static Path fixtures() throws URISyntaxException {
        return Paths.get(RuleFixturesTest.class.getResource("rules").toURI());
    }

    private static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }
}

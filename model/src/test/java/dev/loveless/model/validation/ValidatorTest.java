package dev.loveless.model.validation;

import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.TestDefinitions;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import dev.loveless.model.io.ParsedDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validator as a whole: independence of problems, locations, configuration, immutability. */
class ValidatorTest {

    private static final String TWO_BROKEN = "{\n"
            + "  \"StartAt\": \"A\",\n"
            + "  \"States\": {\n"
            + "    \"A\": {\"Type\": \"Jobb\", \"Next\": \"B\"},\n"
            + "    \"B\": {\"Type\": \"Task\", \"Resource\": \"foo:bar\", \"TimeoutSeconds\": 5, \"Next\": \"Gone\"},\n"
            + "    \"C\": {\"Type\": \"Par\", \"Branches\": [{\"StartAt\": \"X\", \"States\": {\"X\": {\"Type\": \"Succeed\"}}}]},\n"
            + "    \"Done\": {\"Type\": \"Succeed\"}\n"
            + "  }\n"
            + "}\n";

    @Test
    void oneBrokenStateDoesNotHideTheProblemsOfTheOthers() throws Exception {
        // given
        ParsedDefinition definition = new AslReader().read(TWO_BROKEN, Format.JSON);
        // when
        List<String> codes = new Validator().validate(definition).diagnostics().stream()
                .map(Diagnostic::code).collect(Collectors.toList());
        // then
        assertTrue(codes.contains("INVALID_STATE_TYPE"), codes.toString());
        assertTrue(codes.contains("INVALID_RESOURCE"), codes.toString());
        assertTrue(codes.contains("MISSING_TRANSITION_TARGET"), codes.toString());
        assertTrue(codes.contains("UNREACHABLE_STATE"), codes.toString());
    }

    @Test
    void diagnosticsCarryPathFieldPointerLineAndColumn() throws Exception {
        // given
        ParsedDefinition definition = new AslReader().read(TWO_BROKEN, Format.JSON);
        // when
        Diagnostic resource = new Validator().validate(definition).diagnostics().stream()
                .filter(d -> d.code().equals("INVALID_RESOURCE")).findFirst().orElseThrow();
        // then
        assertEquals(StatePath.of("B"), resource.statePath());
        assertEquals("Resource", resource.field());
        assertEquals("/States/B/Resource", resource.pointer());
        assertEquals(5, resource.line());
        assertEquals(27, resource.column());
        assertEquals(Severity.ERROR, resource.severity());
    }

    @Test
    void statePointersAreThoseOfTheStateTree() {
        // given
        StateMachine machine = TestDefinitions.read("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Parallel\","
                + " \"End\": true, \"Branches\": [{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"End\": true,"
                + " \"ItemProcessor\": {\"StartAt\": \"a/b\", \"States\": {\"a/b\": {\"Type\": \"Succeed\"}}}}}}]}}}");
        ValidationContext context = new ValidationContext(machine, dev.loveless.model.io.SourceMap.NONE, null);
        // then
        for (StateEntry entry : context.states()) {
            assertEquals(StateTree.pointerOf(machine, entry.path()), entry.pointer());
        }
        assertEquals(3, context.states().size());
    }

    @Test
    void severityComesFromTheConfiguration() throws Exception {
        // given
        StateMachine machine = TestDefinitions.read("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\","
                + " \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f\", \"End\": true}}}");
        RuleConfig config = RuleConfig.recommended().withJson("{\"rules\": {\"LAMBDA_NO_RETRY\": \"error\","
                + " \"TASK_NO_TIMEOUT_OR_CATCH\": \"off\"}}", Rules.codes(), "test");
        // when
        ValidationResult recommended = new Validator().validate(machine);
        ValidationResult configured = new Validator().withConfig(config).validate(machine);
        // then
        assertFalse(recommended.hasErrors());
        assertEquals(2, recommended.count(Severity.WARNING));
        assertTrue(configured.hasErrors());
        assertEquals(List.of("LAMBDA_NO_RETRY"), configured.diagnostics().stream().map(Diagnostic::code)
                .collect(Collectors.toList()));
    }

    @Test
    void aConfigurationNamingAnUnknownRuleOrSeverityIsRefused() {
        assertThrows(RuleConfig.InvalidRuleConfigException.class, () -> RuleConfig.recommended()
                .withJson("{\"rules\": {\"NOPE\": \"off\"}}", Rules.codes(), "test"));
        assertThrows(RuleConfig.InvalidRuleConfigException.class, () -> RuleConfig.recommended()
                .withJson("{\"rules\": {\"NO_DOLLAR\": \"loud\"}}", Rules.codes(), "test"));
        assertThrows(RuleConfig.InvalidRuleConfigException.class, () -> RuleConfig.recommended()
                .withJson("[1]", Rules.codes(), "test"));
    }

    @Test
    void everyRuleHasARecommendedSeverityAndAStableDescribedCode() {
        for (Rule rule : Rules.all()) {
            assertTrue(RuleConfig.recommended().severities().containsKey(rule.code()), rule.code());
            assertTrue(rule.code().matches("[A-Z][A-Z_]*[A-Z]"), rule.code());
            assertFalse(rule.description().isBlank(), rule.code());
        }
        assertEquals(Rules.codes(), RuleConfig.recommended().severities().keySet());
    }

    @Test
    void validationNeverChangesItsInput() throws Exception {
        // given
        ParsedDefinition definition = new AslReader().read(TWO_BROKEN, Format.JSON);
        StateMachine before = new AslReader().read(TWO_BROKEN, Format.JSON).machine();
        // when
        new Validator().validate(definition);
        // then
        assertEquals(before, definition.machine());
    }

    @Test
    void rulesRunStructureFirst() {
        List<Phase> phases = new Validator().rules().stream().map(Rule::phase).collect(Collectors.toList());
        assertEquals(Phase.STRUCTURE, phases.get(0));
        for (int i = 1; i < phases.size(); i++) {
            assertTrue(phases.get(i - 1).compareTo(phases.get(i)) <= 0, phases.toString());
        }
    }
}

package dev.loveless.model.validation;

import dev.loveless.model.StateMachine;
import dev.loveless.model.io.ParsedDefinition;
import dev.loveless.model.io.SourceMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Validates ASL definitions: runs every rule whose severity is not {@code off}, phase by phase
 * (structure first, then graph, paths, resources, workflow type and advice), and collects what
 * they report. Every rule sees the whole machine, so one broken state never hides the problems of
 * the others. Never changes its input. Immutable and thread-safe.
 */
public final class Validator {

    private static final Logger LOG = LoggerFactory.getLogger(Validator.class);
    private static final Comparator<Diagnostic> BY_LOCATION = Comparator
            .comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    private final List<Rule> rules;
    private final RuleConfig config;
    private final WorkflowType workflowType;

    /** A validator with every rule, the recommended configuration and no workflow type. */
    public Validator() {
        this(Rules.all(), RuleConfig.recommended(), null);
    }

    /**
     * @param rules        the rules to run
     * @param config       the severity of each rule
     * @param workflowType the machine's type when known (enables the EXPRESS checks), else {@code null}
     */
    public Validator(List<Rule> rules, RuleConfig config, WorkflowType workflowType) {
        List<Rule> sorted = new ArrayList<>(Objects.requireNonNull(rules, "rules"));
        sorted.sort(Comparator.comparing(Rule::phase));
        this.rules = List.copyOf(sorted);
        this.config = Objects.requireNonNull(config, "config");
        this.workflowType = workflowType;
    }

    /** @return a validator like this one with another configuration */
    public Validator withConfig(RuleConfig newConfig) {
        return new Validator(rules, newConfig, workflowType);
    }

    /** @return a validator like this one for a workflow type ({@code null}: unknown) */
    public Validator withWorkflowType(WorkflowType type) {
        return new Validator(rules, config, type);
    }

    /** @return the rules, in the order they run */
    public List<Rule> rules() {
        return rules;
    }

    /** Validates a definition read from text: diagnostics carry lines and columns. */
    public ValidationResult validate(ParsedDefinition definition) {
        return validate(definition.machine(), definition.sourceMap());
    }

    /** Validates a machine made in memory (no lines and columns). */
    public ValidationResult validate(StateMachine machine) {
        return validate(machine, SourceMap.NONE);
    }

    private ValidationResult validate(StateMachine machine, SourceMap sourceMap) {
        ValidationContext context = new ValidationContext(machine, sourceMap, workflowType);
        for (Rule rule : rules) {
            Severity severity = config.severityOf(rule.code());
            if (severity == Severity.OFF) {
                continue;
            }
            context.begin(rule.code(), severity);
            try {
                rule.check(context);
            } catch (RuntimeException e) {
                // A bug in one rule must not hide what the others find; say so instead of failing.
                LOG.error("rule {} failed", rule.code(), e);
                context.begin("INTERNAL_ERROR", Severity.ERROR);
                context.reportMachine("The " + rule.code() + " check failed unexpectedly (" + e
                        + "); please report this. Other checks ran normally.");
            }
        }
        List<Diagnostic> diagnostics = context.diagnostics();
        if (sourceMap != SourceMap.NONE) {
            diagnostics.sort(BY_LOCATION);
        }
        return new ValidationResult(diagnostics);
    }
}

package dev.loveless.model.validation.rules;

import dev.loveless.model.Branch;
import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.ComparisonOperator;
import dev.loveless.model.Extras;
import dev.loveless.model.ItemProcessor;
import dev.loveless.model.MapState;
import dev.loveless.model.ParallelState;
import dev.loveless.model.Retrier;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StateType;
import dev.loveless.model.UnknownState;
import dev.loveless.model.validation.Fields;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code FIELD_NOT_ALLOWED}: each object has only the fields ASL defines for it: a state only
 * those of its type (a Succeed state has no Next, a Choice state no End, a Wait state no
 * Parameters), and the machine, branches, processors, retriers, catchers, Choice rules and the
 * distributed Map's objects only their own. Misspellings are named with the likely field.
 */
public final class FieldNotAllowedRule extends AbstractRule {

    private static final Set<String> RULE_FIELDS = Set.of("Variable", "And", "Or", "Not", "Condition", "Next",
            "Comment", "Assign", "Output");

    public FieldNotAllowedRule() {
        super("FIELD_NOT_ALLOWED", Phase.STRUCTURE,
                "Each state and nested object has only the fields ASL defines for it.");
    }

    @Override
    public void check(ValidationContext context) {
        StateMachine machine = context.machine();
        machineFields(context, Fields.present(machine.extras()));
        for (StateEntry entry : context.states()) {
            if (entry.state() instanceof UnknownState) {
                continue;
            }
            StateType type = entry.state().type();
            Set<String> allowed = Fields.allowed(type);
            for (String field : Fields.present(entry.state())) {
                if (!allowed.contains(field)) {
                    context.report(entry, message(type, field), field);
                }
            }
            nested(context, entry);
        }
    }

    private static String message(StateType type, String field) {
        String kind = "a " + type.aslName() + " state";
        if ((field.equals("Next") || field.equals("End")) && type == StateType.CHOICE) {
            return "A Choice state cannot have " + field + ": it always goes on to the Next of a matching rule or"
                    + " to Default. To end here, point a rule or Default at a Succeed state.";
        }
        if ((field.equals("Next") || field.equals("End")) && type.isTerminal()) {
            return kind + " ends its branch by itself, so it cannot have " + field + "; remove it.";
        }
        for (StateType other : StateType.values()) {
            if (Fields.allowed(other).contains(field)) {
                return field + " is not a field of " + kind + " (it belongs to other state types); remove it.";
            }
        }
        return field + " is not a field of " + kind + suggestion(field, Fields.allowed(type)) + ".";
    }

    private void nested(ValidationContext context, StateEntry entry) {
        List<Retrier> retry = entry.state().common().retry();
        if (retry != null) {
            for (int i = 0; i < retry.size(); i++) {
                Retrier retrier = retry.get(i);
                unknownFields(context, entry, "a retrier", retrier.extras(), Fields.RETRIER, "Retry", i);
            }
        }
        List<Catcher> catchers = entry.state().common().catchers();
        if (catchers != null) {
            for (int i = 0; i < catchers.size(); i++) {
                unknownFields(context, entry, "a catcher", catchers.get(i).extras(), Fields.CATCHER, "Catch", i);
            }
        }
        if (entry.state() instanceof ParallelState parallel) {
            List<Branch> branches = parallel.branchesOrEmpty();
            for (int i = 0; i < branches.size(); i++) {
                unknownFields(context, entry, "a branch", branches.get(i).extras(), Fields.BRANCH, "Branches", i);
            }
        }
        if (entry.state() instanceof MapState map) {
            processor(context, entry, map.itemProcessor(), "ItemProcessor");
            processor(context, entry, map.iterator(), "Iterator");
            if (map.itemReader() != null) {
                unknownFields(context, entry, "ItemReader", map.itemReader().extras(), Fields.ITEM_READER,
                        "ItemReader");
                if (map.itemReader().readerConfig() != null) {
                    unknownFields(context, entry, "ReaderConfig", map.itemReader().readerConfig().extras(),
                            Fields.READER_CONFIG, "ItemReader", "ReaderConfig");
                }
            }
            if (map.itemBatcher() != null) {
                unknownFields(context, entry, "ItemBatcher", map.itemBatcher().extras(), Fields.ITEM_BATCHER,
                        "ItemBatcher");
            }
            if (map.resultWriter() != null) {
                unknownFields(context, entry, "ResultWriter", map.resultWriter().extras(), Fields.RESULT_WRITER,
                        "ResultWriter");
                if (map.resultWriter().writerConfig() != null) {
                    unknownFields(context, entry, "WriterConfig", map.resultWriter().writerConfig().extras(),
                            Fields.WRITER_CONFIG, "ResultWriter", "WriterConfig");
                }
            }
        }
        if (entry.state() instanceof ChoiceState choice) {
            List<ChoiceRule> rules = choice.choicesOrEmpty();
            for (int i = 0; i < rules.size(); i++) {
                List<Object> tokens = new ArrayList<>(List.of("Choices", i));
                rule(context, entry, rules.get(i), tokens);
            }
        }
    }

    private void processor(ValidationContext context, StateEntry entry, ItemProcessor processor, String field) {
        if (processor == null) {
            return;
        }
        unknownFields(context, entry, field, processor.extras(), Fields.PROCESSOR, field);
        if (processor.processorConfig() != null) {
            unknownFields(context, entry, "ProcessorConfig", processor.processorConfig().extras(),
                    Fields.PROCESSOR_CONFIG, field, "ProcessorConfig");
        }
    }

    private void rule(ValidationContext context, StateEntry entry, ChoiceRule rule, List<Object> tokens) {
        Extras extras = rule.extras();
        for (String field : extras.unknown().keySet()) {
            if (!RULE_FIELDS.contains(field) && ComparisonOperator.fromAslName(field) == null) {
                List<Object> at = new ArrayList<>(tokens);
                at.add(field);
                context.report(entry, field + " is not a field of a Choice rule" + suggestion(field, RULE_FIELDS)
                        + ".", at.toArray());
            }
        }
        if (rule.and() != null) {
            nestedRules(context, entry, rule.and(), tokens, "And");
        }
        if (rule.or() != null) {
            nestedRules(context, entry, rule.or(), tokens, "Or");
        }
        if (rule.not() != null) {
            List<Object> at = new ArrayList<>(tokens);
            at.add("Not");
            rule(context, entry, rule.not(), at);
        }
    }

    private void nestedRules(ValidationContext context, StateEntry entry, List<ChoiceRule> rules, List<Object> tokens,
                             String field) {
        for (int i = 0; i < rules.size(); i++) {
            List<Object> at = new ArrayList<>(tokens);
            at.add(field);
            at.add(i);
            rule(context, entry, rules.get(i), at);
        }
    }

    private static void unknownFields(ValidationContext context, StateEntry entry, String what, Extras extras,
                                      Set<String> allowed, Object... tokens) {
        for (String field : Fields.present(extras)) {
            if (!allowed.contains(field)) {
                Object[] at = new Object[tokens.length + 1];
                System.arraycopy(tokens, 0, at, 0, tokens.length);
                at[tokens.length] = field;
                context.report(entry, field + " is not a field of " + what + suggestion(field, allowed) + ".", at);
            }
        }
    }

    private static void machineFields(ValidationContext context, List<String> present) {
        for (String field : present) {
            if (!Fields.MACHINE.contains(field)) {
                context.reportMachine(field + " is not a field of the state machine"
                        + suggestion(field, Fields.MACHINE) + ".", field);
            }
        }
    }

    /** @return ", did you mean X?" when a known field differs only in case or by a small typo, else "" */
    static String suggestion(String field, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = candidate.equalsIgnoreCase(field) ? 0 : distance(candidate.toLowerCase(), field.toLowerCase());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(1, field.length() / 4) ? " (did you mean " + best + "?)" : "";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package dev.loveless.model.validation;

import dev.loveless.model.validation.rules.ActivityNoTimeoutsRule;
import dev.loveless.model.validation.rules.CredentialsNoRoleArnRule;
import dev.loveless.model.validation.rules.DuplicatePayloadKeyRule;
import dev.loveless.model.validation.rules.DuplicateStateNameRule;
import dev.loveless.model.validation.rules.ExpressUnsupportedRule;
import dev.loveless.model.validation.rules.FieldNotAllowedRule;
import dev.loveless.model.validation.rules.HeartbeatNotBelowTimeoutRule;
import dev.loveless.model.validation.rules.InvalidAssignRule;
import dev.loveless.model.validation.rules.InvalidChoiceRuleRule;
import dev.loveless.model.validation.rules.InvalidCredentialsRule;
import dev.loveless.model.validation.rules.InvalidErrorEqualsRule;
import dev.loveless.model.validation.rules.InvalidFieldTypeRule;
import dev.loveless.model.validation.rules.InvalidFieldValueRule;
import dev.loveless.model.validation.rules.InvalidIntrinsicFunctionRule;
import dev.loveless.model.validation.rules.InvalidJsonataRule;
import dev.loveless.model.validation.rules.InvalidMapLabelRule;
import dev.loveless.model.validation.rules.InvalidPathRule;
import dev.loveless.model.validation.rules.InvalidPayloadPathRule;
import dev.loveless.model.validation.rules.InvalidQueryLanguageRule;
import dev.loveless.model.validation.rules.InvalidResourceRule;
import dev.loveless.model.validation.rules.InvalidRetrierRule;
import dev.loveless.model.validation.rules.InvalidStartAtRule;
import dev.loveless.model.validation.rules.InvalidStateNameRule;
import dev.loveless.model.validation.rules.InvalidStateTypeRule;
import dev.loveless.model.validation.rules.InvalidTimestampRule;
import dev.loveless.model.validation.rules.LambdaNoRetryRule;
import dev.loveless.model.validation.rules.LambdaTimeoutTooLongRule;
import dev.loveless.model.validation.rules.MissingEndStateRule;
import dev.loveless.model.validation.rules.MissingRequiredFieldRule;
import dev.loveless.model.validation.rules.MissingTransitionTargetRule;
import dev.loveless.model.validation.rules.MutuallyExclusiveFieldsRule;
import dev.loveless.model.validation.rules.NextXorEndRule;
import dev.loveless.model.validation.rules.NoDollarRule;
import dev.loveless.model.validation.rules.NoExitLoopRule;
import dev.loveless.model.validation.rules.NoPathRule;
import dev.loveless.model.validation.rules.PassResultIsStaticRule;
import dev.loveless.model.validation.rules.QueryLanguageFieldRule;
import dev.loveless.model.validation.rules.TaskNoTimeoutOrCatchRule;
import dev.loveless.model.validation.rules.UnknownResourceServiceRule;
import dev.loveless.model.validation.rules.UnreachableStateRule;
import dev.loveless.model.validation.rules.UnterminatedPlaceholderRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every validation rule Loveless has, in the order they run. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new InvalidStateTypeRule(),
            new FieldNotAllowedRule(),
            new MissingRequiredFieldRule(),
            new InvalidFieldTypeRule(),
            new InvalidFieldValueRule(),
            new MutuallyExclusiveFieldsRule(),
            new NextXorEndRule(),
            new DuplicateStateNameRule(),
            new InvalidStateNameRule(),
            new InvalidMapLabelRule(),
            new HeartbeatNotBelowTimeoutRule(),
            new InvalidCredentialsRule(),
            new CredentialsNoRoleArnRule(),
            new InvalidRetrierRule(),
            new InvalidErrorEqualsRule(),
            new InvalidTimestampRule(),
            new InvalidChoiceRuleRule(),
            new InvalidStartAtRule(),
            new MissingTransitionTargetRule(),
            new MissingEndStateRule(),
            new UnreachableStateRule(),
            new NoExitLoopRule(),
            new InvalidQueryLanguageRule(),
            new QueryLanguageFieldRule(),
            new InvalidPathRule(),
            new InvalidPayloadPathRule(),
            new InvalidIntrinsicFunctionRule(),
            new InvalidJsonataRule(),
            new DuplicatePayloadKeyRule(),
            new InvalidAssignRule(),
            new NoDollarRule(),
            new NoPathRule(),
            new PassResultIsStaticRule(),
            new InvalidResourceRule(),
            new UnknownResourceServiceRule(),
            new UnterminatedPlaceholderRule(),
            new ExpressUnsupportedRule(),
            new LambdaNoRetryRule(),
            new ActivityNoTimeoutsRule(),
            new LambdaTimeoutTooLongRule(),
            new TaskNoTimeoutOrCatchRule());

    private static final Map<String, Rule> BY_CODE = new LinkedHashMap<>();

    static {
        for (Rule rule : ALL) {
            if (BY_CODE.put(rule.code(), rule) != null) {
                throw new IllegalStateException("two rules share the code " + rule.code());
            }
        }
    }

    private Rules() {
    }

    /** @return every rule */
    public static List<Rule> all() {
        return ALL;
    }

    /** @return the rule with this code, or {@code null} */
    public static Rule byCode(String code) {
        return BY_CODE.get(code);
    }

    /** @return every rule code */
    public static Set<String> codes() {
        return BY_CODE.keySet();
    }
}

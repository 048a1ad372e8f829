package dev.loveless.model.edit;

import dev.loveless.model.StatePath;
import dev.loveless.model.graph.TransitionKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the designer refuses before a gesture, and which connection it offers first. */
class EditRulesTest {

    private final Document document = EditFixtures.document();

    @Test
    void nothingFollowsASucceedOrAFailState() {
        var verdict = EditRules.connect(document, StatePath.of("Failed"), StatePath.of("Check"));
        assertFalse(verdict.allowed());
        assertTrue(verdict.refusal().contains("Fail"));
        assertFalse(EditRules.connect(document, StatePath.of("Fan").child(0, "Left done"),
                StatePath.of("Fan").child(0, "Left")).allowed());
    }

    @Test
    void noTransitionCrossesABranchBoundary() {
        var verdict = EditRules.connect(document, StatePath.of("Fan").child(0, "Left"), StatePath.of("Fan").child(1, "Right"));
        assertFalse(verdict.allowed());
        assertFalse(EditRules.connect(document, StatePath.of("Charge"), StatePath.of("Fan").child(0, "Left")).allowed());
    }

    @Test
    void aStateWithoutNextGetsANextWithoutAsking() {
        var verdict = EditRules.connect(document, StatePath.of("Fan").child(1, "Right"), StatePath.of("Fan").child(1, "Right"));
        assertTrue(verdict.allowed());
        assertEquals(TransitionKind.NEXT, verdict.options().get(0).kind());
    }

    @Test
    void aTaskThatAlreadyHasANextIsAskedAndOffersAnErrorPathFirst() {
        var verdict = EditRules.connect(document, StatePath.of("Approve"), StatePath.of("Failed"));
        assertTrue(verdict.ambiguous());
        assertEquals(TransitionKind.CATCH, verdict.options().get(0).kind());
    }

    @Test
    void aChoiceIsAskedRuleOrDefault() {
        var verdict = EditRules.connect(document, StatePath.of("Check"), StatePath.of("Failed"));
        assertTrue(verdict.ambiguous());
        assertEquals(TransitionKind.CHOICE, verdict.options().get(0).kind());
        assertEquals(1, verdict.options().get(0).index(), "a new rule after the existing one");
    }
}

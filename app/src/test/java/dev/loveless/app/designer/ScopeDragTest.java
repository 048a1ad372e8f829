package dev.loveless.app.designer;

import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramFiles;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.edit.Document;
import dev.loveless.model.edit.EditStack;
import dev.loveless.model.edit.MoveStates;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a drag of states on the canvas would move them, on the sample workflow. */
class ScopeDragTest {

    private static final StatePath PUBLISH = StatePath.of("Publish");
    private static final StatePath WAIT = StatePath.of("Let the CDN warm up");
    private static final StatePath TELL = PUBLISH.child(1, "Tell subscribers");

    private final Document sample = sample();
    private final DiagramGeometry geometry = DiagramGeometry.of(sample.machine(), sample.diagram());

    private static Document sample() {
        try {
            return DocumentFiles.documentOf(Samples.sample().machine(), DiagramFiles.read(Samples.sampleLayoutText()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Bounds lane(ScopeId scope) {
        return geometry.lanes().stream().filter(lane -> lane.scope().equals(scope)).findFirst().orElseThrow().frame();
    }

    @Test
    void aTopLevelStepOverABranchWouldMoveIntoIt() {
        // given
        ScopeDrag drag = new ScopeDrag(geometry, Set.of(WAIT));
        Bounds branch = lane(new ScopeId(PUBLISH, 1));
        // when
        ScopeDrag.Target target = drag.targetAt(sample, branch.centerX(), branch.maxY() - 4);
        // then
        assertEquals(new ScopeId(PUBLISH, 1), target.scope());
        assertTrue(target.allowed());
        assertEquals("Move \"Let the CDN warm up\" into branch 2 of \"Publish\"", target.description());
        assertEquals(branch, ScopeDrag.frameOf(geometry, target).orElseThrow());
    }

    @Test
    void aContainersOwnLanesAreNeverItsTarget() {
        // given Publish dragged, the pointer over its own second branch
        ScopeDrag drag = new ScopeDrag(geometry, Set.of(PUBLISH, TELL));
        Bounds branch = lane(new ScopeId(PUBLISH, 1));
        // when / then: that is the workflow it is already in, a plain move
        assertEquals(ScopeId.ROOT, drag.scopeAt(branch.centerX(), branch.centerY()));
        assertNull(drag.targetAt(sample, branch.centerX(), branch.centerY()));
    }

    @Test
    void theLanesAreThoseOfWhenTheDragBeganSoThatAStepCanLeaveTheContainerThatGrowsAroundIt() {
        // given the only step of a branch dragged far below it (its lane has grown to follow it)
        ScopeDrag drag = new ScopeDrag(geometry, Set.of(TELL));
        EditStack stack = new EditStack(sample);
        stack.execute(new MoveStates(Set.of(TELL), 0, 400));
        Bounds moved = DiagramGeometry.of(stack.document().machine(), stack.document().diagram()).state(TELL).frame();
        // when
        ScopeDrag.Target target = drag.targetAt(stack.document(), moved.centerX(), moved.centerY());
        Bounds own = lane(new ScopeId(PUBLISH, 1));
        // then it would leave for the workflow, which is refused: the branch would be empty
        assertEquals(ScopeId.ROOT, target.scope());
        assertFalse(target.allowed());
        assertTrue(target.refusal().contains("branch 2 of \"Publish\" without a step"), target.refusal());
        assertNull(drag.targetAt(sample, own.centerX(), own.centerY()), "over its own branch: a plain move");
    }

    @Test
    void stepsOfSeveralScopesOnlyMoveOnTheDiagram() {
        ScopeDrag drag = new ScopeDrag(geometry, Set.of(WAIT, TELL));
        Bounds branch = lane(new ScopeId(PUBLISH, 0));
        assertNull(drag.targetAt(sample, branch.centerX(), branch.centerY()));
    }
}

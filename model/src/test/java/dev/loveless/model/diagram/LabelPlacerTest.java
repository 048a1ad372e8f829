package dev.loveless.model.diagram;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a label goes on its edge: on a free spot in order of preference, else the least covered one. */
class LabelPlacerTest {

    private static final Bounds EXTENT = new Bounds(0, 0, 1000, 1000);

    @Test
    void aLabelSitsCentredOnTheMiddleOfAShortFreeSegment() {
        // given a vertical edge with nothing around it
        LabelPlacer placer = new LabelPlacer(List.of(), EXTENT, 4);

        // when
        Bounds label = placer.place(new double[] {100, 0, 100, 100}, 60, 18);

        // then
        assertEquals(new Bounds(70, 41, 60, 18), label);
    }

    @Test
    void aSecondLabelOnTheSameSpotMovesAlongItsEdge() {
        // given two edges that run side by side along the same segment
        LabelPlacer placer = new LabelPlacer(List.of(), EXTENT, 4);
        double[] edge = {100, 0, 100, 100};

        // when
        Bounds first = placer.place(edge, 60, 18);
        Bounds second = placer.place(edge, 60, 18);

        // then
        assertFalse(first.overlaps(second), first + " and " + second);
        assertEquals(100, second.centerX(), 0.01, "still on its line");
    }

    @Test
    void aLabelAvoidsABoxLyingOnTheMiddleOfItsEdge() {
        // given a box over the middle of the edge
        Bounds box = new Bounds(0, 40, 200, 20);
        LabelPlacer placer = new LabelPlacer(List.of(box), EXTENT, 4);

        // when
        Bounds label = placer.place(new double[] {100, 0, 100, 200}, 60, 18);

        // then
        assertFalse(label.overlaps(box), label.toString());
    }

    @Test
    void whenEverySpotIsCoveredTheLeastCoveredOneWins() {
        // given an edge inside a big box, except for a sliver near its end
        Bounds box = new Bounds(0, 0, 1000, 190);
        LabelPlacer placer = new LabelPlacer(List.of(box), EXTENT, 4);

        // when
        Bounds label = placer.place(new double[] {100, 0, 100, 200}, 60, 18);

        // then the spot reaching furthest out of the box
        assertTrue(label.maxY() > 190, label.toString());
        double covered = Math.max(0, 190 - label.y()) * label.width();
        assertTrue(covered < label.width() * label.height(), "partly free: " + label);
    }
}

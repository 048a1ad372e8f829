package dev.loveless.exporters.diagram;

import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.graph.WorkflowGraph;
import dev.loveless.model.layout.LayoutOptions;
import dev.loveless.model.layout.WorkflowLayout;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headless SVG and PNG export of the sample, whole and selected. */
class DiagramImagesTest {

    private static DiagramGeometry sample() {
        var machine = Samples.sample().machine();
        var diagram = WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT).toDiagram(Set.of());
        return DiagramGeometry.of(machine, diagram);
    }

    @Test
    void theSvgShowsEveryStateWithItsWorkerAndTheReadableConditions() {
        // when
        String svg = DiagramImages.svg(sample(), Set.of(), Theme.LIGHT);
        // then
        assertTrue(svg.startsWith("<?xml"));
        assertTrue(svg.contains(">Transcode on GPU</text>"));
        assertTrue(svg.contains(">Activity worker</text>"));
        assertTrue(svg.contains(">Lambda function</text>"));
        assertTrue(svg.contains(">Amazon SNS · publish</text>"));
        assertTrue(svg.contains("video.codec = &quot;h264&quot;"));
        assertTrue(svg.contains(">otherwise</text>"));
        assertTrue(svg.contains("stroke-dasharray"), "error paths are dashed");
        assertTrue(svg.contains(">Start</text>") && svg.contains(">End</text>"));
    }

    @Test
    void aSelectionExportsOnlyItsRegion() {
        var geometry = sample();
        String whole = DiagramImages.svg(geometry, Set.of(), Theme.LIGHT);
        String one = DiagramImages.svg(geometry, Set.of(StatePath.of("Published")), Theme.LIGHT);
        assertTrue(one.contains(">Published</text>"));
        assertFalse(one.contains(">Check upload</text>"), "states outside the selection's region are not drawn");
        assertTrue(one.length() < whole.length());
    }

    @Test
    void thePngIsAnImageOfTheDiagramAtTheChosenScale() throws IOException {
        var geometry = sample();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(DiagramImages.png(geometry, Set.of(), Theme.DARK, 1)));
        var region = DiagramImages.region(geometry, Set.of());
        assertEquals((int) Math.ceil(region.width()), image.getWidth());
        assertEquals(Theme.DARK.background(), image.getRGB(1, 1), "the corner shows the theme's background");
    }

    @Test
    void everyIconParsesAndAnUnsupportedCommandIsRefused() {
        for (String icon : new String[] {"lambda", "activity", "service", "unknown-task", "pass", "choice", "wait",
                "parallel", "map", "distributed-map", "succeed", "fail", "unknown", "retry", "warning"}) {
            assertFalse(SvgPathParser.parse(StateIcons.path(icon)).getBounds2D().isEmpty(), icon);
        }
        assertThrows(IllegalArgumentException.class, () -> SvgPathParser.parse("M0 0 A 1 1 0 0 1 2 2"));
    }
}

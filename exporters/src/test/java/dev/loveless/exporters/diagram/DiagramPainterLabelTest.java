package dev.loveless.exporters.diagram;

import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.diagram.DiagramGeometry.EdgeShape;
import dev.loveless.model.diagram.Sizes;
import dev.loveless.model.graph.WorkflowGraph;
import dev.loveless.model.layout.LayoutOptions;
import dev.loveless.model.layout.WorkflowLayout;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labels are drawn where the geometry placed them, at the size it measured, their text whole. */
class DiagramPainterLabelTest {

    private static final Surface.TextStyle LABEL = new Surface.TextStyle(Sizes.LABEL_FONT, false, false);

    @Test
    void everyLabelIsDrawnWholeInTheBoxTheGeometryPlacedItIn() {
        // given the sample's shapes, and a surface that records what is drawn on it
        var machine = Samples.sample().machine();
        DiagramGeometry geometry = DiagramGeometry.of(machine,
                WorkflowLayout.layout(WorkflowGraph.of(machine), LayoutOptions.DEFAULT).toDiagram(Set.of()));
        Recording surface = new Recording();

        // when
        new DiagramPainter(surface, Theme.LIGHT).paint(geometry, geometry.total(), 1, DiagramPainter.Highlights.NONE);

        // then
        List<EdgeShape> labelled = geometry.edges().stream().filter(edge -> edge.label() != null).toList();
        assertTrue(labelled.size() >= 4);
        for (EdgeShape edge : labelled) {
            Bounds box = edge.labelBounds();
            assertTrue(surface.boxes.contains(box), "a box drawn at " + box);
            assertTrue(surface.texts.contains(edge.label()), "the whole text of " + edge.label());
        }
    }

    @Test
    void theGeometrysLabelWidthHoldsTheTextInTheFontOfPicturesAndSvg() {
        // given labels of every kind, and every printable ASCII character
        List<String> texts = new ArrayList<>(List.of("otherwise", "on any error", "amount > 100", "amount ≤ 0",
                "video.codec = \"h264\"", "on PaymentDeclined, TaskFailed", "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW…",
                "flag is present and not (flag = fa…", "mmmmmmmmmmmmmmmmmm", "@@@@%%%%####&&&&", "ÉÀÜ ñ ß ø ≥ ≠"));
        StringBuilder ascii = new StringBuilder();
        for (char c = ' '; c < 127; c++) {
            ascii.append(c);
        }
        texts.add(ascii.toString());
        Java2dSurface measure = new Java2dSurface(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics());

        // then the text and its padding fit in the width the geometry gives the label
        for (String text : texts) {
            double needed = measure.textWidth(text, LABEL) + 2 * Sizes.LABEL_PADDING;
            assertTrue(needed <= Sizes.labelWidth(text), text + " needs " + needed + ", gets " + Sizes.labelWidth(text));
            assertTrue(Sizes.labelWidth(text) <= needed * 1.25 + 4, text + " is given far too much room");
        }
        for (char c = ' '; c < 127; c++) {
            String one = String.valueOf(c).repeat(10);
            assertTrue(measure.textWidth(one, LABEL) + 2 * Sizes.LABEL_PADDING <= Sizes.labelWidth(one), "ten of " + c);
        }
        assertEquals(2 * Sizes.LABEL_PADDING, Sizes.labelWidth(""));
    }

    /** Records the rounded boxes and texts drawn, and measures text as pictures do. */
    private static final class Recording implements Surface {
        final List<Bounds> boxes = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        private final Java2dSurface measure =
                new Java2dSurface(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics());

        @Override
        public void fillRoundRect(double x, double y, double width, double height, double radius, int argb) {
            boxes.add(new Bounds(x, y, width, height));
        }

        @Override
        public void strokeRoundRect(double x, double y, double width, double height, double radius, int argb,
                                    double lineWidth, double[] dashes) {
        }

        @Override
        public void strokePolyline(double[] points, int argb, double lineWidth, double[] dashes) {
        }

        @Override
        public void fillPolygon(double[] points, int argb) {
        }

        @Override
        public void fillOval(double x, double y, double width, double height, int argb) {
        }

        @Override
        public void strokeOval(double x, double y, double width, double height, int argb, double lineWidth) {
        }

        @Override
        public void text(String text, double x, double y, TextStyle style, int argb) {
            texts.add(text);
        }

        @Override
        public double textWidth(String text, TextStyle style) {
            return measure.textWidth(text, style);
        }

        @Override
        public void icon(String svgPath, double x, double y, double size, int argb, double lineWidth) {
        }
    }
}

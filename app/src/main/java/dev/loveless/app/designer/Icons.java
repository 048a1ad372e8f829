package dev.loveless.app.designer;

import dev.loveless.exporters.diagram.StateIcons;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/** JavaFX nodes of the state icons: the same SVG paths the diagram draws, as tiles or plain glyphs. */
public final class Icons {

    private Icons() {
    }

    /** @return a rounded tile in {@code accent} with the icon in white */
    public static Node tile(String icon, int accent, double size) {
        Rectangle background = new Rectangle(size, size);
        background.setArcWidth(size / 2.5);
        background.setArcHeight(size / 2.5);
        background.setFill(Color.rgb((accent >> 16) & 0xFF, (accent >> 8) & 0xFF, accent & 0xFF));
        return new StackPane(background, glyph(icon, Color.WHITE, size * 0.62));
    }

    /** @return the icon stroked in {@code colour} at {@code size} */
    public static Node glyph(String icon, Color colour, double size) {
        SVGPath path = new SVGPath();
        path.setContent(StateIcons.path(icon));
        path.setFill(null);
        path.setStroke(colour);
        path.setStrokeWidth(2);
        path.setStrokeLineCap(StrokeLineCap.ROUND);
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        path.setScaleX(size / 24);
        path.setScaleY(size / 24);
        StackPane box = new StackPane(path);
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(size, size);
        return box;
    }
}

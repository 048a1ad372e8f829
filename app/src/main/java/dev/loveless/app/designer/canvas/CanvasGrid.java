package dev.loveless.app.designer.canvas;

import dev.loveless.exporters.diagram.Theme;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.util.Arrays;

/**
 * The canvas's background and its dotted grid: one picture, made when the zoom, the size or the
 * theme changes, and copied at whole-pixel offsets while panning. The software renderer pays per
 * pixel and per shape: thousands of tiny dots, or a tiled pattern fill, cost it more a frame than
 * the whole diagram; a plain copy of a picture is its fastest operation.
 */
final class CanvasGrid {

    /** The grid's spacing in diagram units. */
    private static final double SPACING = 24;

    private WritableImage picture;
    private Theme pictureTheme;
    private double pictureStep;

    /** Draws the background of a {@code width} × {@code height} canvas viewed at {@code zoom}, panned by the offsets. */
    void draw(GraphicsContext g, double width, double height, double zoom, double offsetX, double offsetY, Theme theme) {
        double step = SPACING * zoom;
        int w = (int) Math.ceil(width + step) + 1;
        int h = (int) Math.ceil(height + step) + 1;
        if (picture == null || pictureTheme != theme || pictureStep != step
                || picture.getWidth() < w || picture.getHeight() < h) {
            pictureTheme = theme;
            pictureStep = step;
            picture = new WritableImage(w, h);
            picture.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(),
                    pixels(w, h, step, theme.background() | 0xFF000000, theme.grid() | 0xFF000000), 0, w);
        }
        double ox = Math.round(offsetX % step);
        double oy = Math.round(offsetY % step);
        g.drawImage(picture, ox > 0 ? ox - step : ox, oy > 0 ? oy - step : oy);
    }

    /**
     * @return the grid's pixels (ARGB, row by row): the background with a 2×2 dot every {@code step}
     *         pixels, none when the dots would crowd (step under 8); every dot lies wholly inside
     */
    static int[] pixels(int width, int height, double step, int background, int dot) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, background);
        if (step < 8) {
            return pixels;
        }
        for (double y = step; ; y += step) {
            int py = (int) Math.round(y);
            if (py + 1 >= height) {
                break;
            }
            for (double x = step; ; x += step) {
                int px = (int) Math.round(x);
                if (px + 1 >= width) {
                    break;
                }
                pixels[py * width + px] = dot;
                pixels[py * width + px + 1] = dot;
                pixels[(py + 1) * width + px] = dot;
                pixels[(py + 1) * width + px + 1] = dot;
            }
        }
        return pixels;
    }
}

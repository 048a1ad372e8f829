package dev.loveless.app.designer.canvas;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The canvas's dotted grid, at every zoom and size the window can have. */
class CanvasGridTest {

    private static final int BACKGROUND = 0xFFF6F7FB;
    private static final int DOT = 0xFFD0D6E2;

    @Test
    void everyZoomAndCanvasSizeGivesAWholeGrid() {
        // given the sizes a window goes through and every zoom step from 10 % to 400 %
        for (int width = 1; width <= 1500; width += 97) {
            for (int height = 1; height <= 900; height += 131) {
                for (double zoom = 0.1; zoom <= 4; zoom *= 1.07) {
                    double step = 24 * zoom;
                    // when (the size grows by one step and a pixel, as the canvas asks)
                    int w = (int) Math.ceil(width + step) + 1;
                    int h = (int) Math.ceil(height + step) + 1;
                    int[] pixels = CanvasGrid.pixels(w, h, step, BACKGROUND, DOT);

                    // then every pixel is there, background or dot
                    assertEquals(w * h, pixels.length);
                }
            }
        }
    }

    @Test
    void theSizeThatOnceLeftTheCanvasBlankDrawsItsDots() {
        // given a step whose last dot rounds onto the picture's last column and row (38 % zoom)
        double step = 24 * 0.38;
        int width = 904;
        int height = 904;

        // when
        int[] pixels = CanvasGrid.pixels(width, height, step, BACKGROUND, DOT);

        // then dots are drawn, each 2 × 2, and none spills over an edge
        int px = (int) Math.round(step);
        int py = (int) Math.round(step);
        assertEquals(DOT, pixels[py * width + px]);
        assertEquals(DOT, pixels[(py + 1) * width + px + 1]);
        for (int y = 0; y < height; y++) {
            assertEquals(BACKGROUND, pixels[y * width], "the first column stays clear");
            assertEquals(BACKGROUND, pixels[y * width + width - 1], "no dot is cut by the last column");
        }
    }

    @Test
    void crowdedDotsAreLeftOut() {
        // when
        int[] pixels = CanvasGrid.pixels(100, 100, 6, BACKGROUND, DOT);

        // then
        for (int pixel : pixels) {
            assertEquals(BACKGROUND, pixel);
        }
    }
}

package dev.loveless.model.diagram;

import dev.loveless.model.State;

/**
 * The measures of the diagram's visual language, shared by the automatic layout, the geometry
 * and every renderer so that what is laid out is what is drawn. Units are diagram units.
 */
public final class Sizes {

    /** Width of a state box. */
    public static final double STATE_WIDTH = 248;
    /** Height of a state box: icon, name and the line saying what kind of step it is. */
    public static final double STATE_HEIGHT = 60;
    /** Extra height for the one-line description (the state's Comment). */
    public static final double COMMENT_HEIGHT = 20;
    /** Height of a container's header (its own box) above its lanes. */
    public static final double HEADER_HEIGHT = STATE_HEIGHT;
    /** Space between a container's frame and its lanes, and around a lane's content. */
    public static final double PADDING = 18;
    /** Space between two lanes of a Parallel. */
    public static final double LANE_GAP = 14;
    /** Room for a lane's label above its content. */
    public static final double LANE_LABEL = 11;
    /** Radius of a start or end marker. */
    public static final double MARKER_RADIUS = 11;
    /** Distance from a scope's first state to its start marker, and from its last to its end marker. */
    public static final double MARKER_GAP = 44;

    /** Height of a transition's label box. */
    public static final double LABEL_HEIGHT = 18;
    /** Font size of a transition's label text. */
    public static final double LABEL_FONT = 11;
    /** Room left and right of a label's text inside its box. */
    public static final double LABEL_PADDING = 6;

    private Sizes() {
    }

    /** @return the size of a state drawn as a box (a collapsed container included) */
    public static double heightOf(State state) {
        String comment = state.comment();
        return comment != null && !comment.isBlank() ? STATE_HEIGHT + COMMENT_HEIGHT : STATE_HEIGHT;
    }

    /**
     * @return the width of a transition's label box: its text in the label font, measured with
     *         the advance widths of a common sans-serif face (DejaVu Sans, the widest of those the
     *         renderers use, so that the text fits), plus the padding on both sides
     */
    public static double labelWidth(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += advance(text.charAt(i));
        }
        return Math.ceil(em * LABEL_FONT + 2 * LABEL_PADDING);
    }

    /** @return a character's advance width in ems */
    private static double advance(char c) {
        if (c >= ' ' && c < ' ' + ASCII_ADVANCES.length) {
            return ASCII_ADVANCES[c - ' '];
        }
        // Accented Latin letters are about as wide as capitals; symbols (≤, …) and other scripts up to an em.
        return c >= '\u00C0' && c < '\u0250' ? 0.8 : 1.0;
    }

    /**
     * Advance widths of the printable ASCII characters (from the space on) in ems: DejaVu Sans, the
     * larger of its exact and its pixel-hinted widths at the label size, rounded up.
     */
    private static final double[] ASCII_ADVANCES = {
            0.37, 0.41, 0.47, 0.84, 0.64, 0.96, 0.91, 0.28, 0.40, 0.40, 0.55, 0.84, 0.37, 0.37, 0.37, 0.37,
            0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.37, 0.37, 0.84, 0.84, 0.84, 0.55,
            1.10, 0.69, 0.73, 0.73, 0.78, 0.64, 0.58, 0.82, 0.76, 0.30, 0.30, 0.66, 0.56, 0.87, 0.75, 0.82,
            0.64, 0.82, 0.70, 0.73, 0.64, 0.74, 0.69, 0.99, 0.69, 0.64, 0.82, 0.40, 0.37, 0.40, 0.84, 0.55,
            0.55, 0.64, 0.64, 0.56, 0.64, 0.64, 0.37, 0.64, 0.64, 0.28, 0.28, 0.58, 0.28, 1.01, 0.64, 0.64,
            0.64, 0.64, 0.46, 0.64, 0.40, 0.64, 0.60, 0.82, 0.60, 0.60, 0.53, 0.64, 0.37, 0.64, 0.84};
}

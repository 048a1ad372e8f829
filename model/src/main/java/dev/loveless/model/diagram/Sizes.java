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

    /** @return a character's advance width in ems (DejaVu Sans, rounded up) */
    private static double advance(char c) {
        return c < ASCII_ADVANCES.length ? ASCII_ADVANCES[c] : 1.0;
    }

    /** Advance widths of ASCII characters in ems; outside ASCII (≤, …, accents, other scripts) 1 em. */
    private static final double[] ASCII_ADVANCES = new double[128];

    static {
        java.util.Arrays.fill(ASCII_ADVANCES, 0.64);
        for (int c = 'A'; c <= 'Z'; c++) {
            ASCII_ADVANCES[c] = 0.79;
        }
        set(" iljI.,:;'|!", 0.32);
        set("ftr()[]{}\"", 0.47);
        set("=<>+~^#&@", 0.84);
        set("mwMW%", 1.0);
    }

    private static void set(String characters, double em) {
        for (int i = 0; i < characters.length(); i++) {
            ASCII_ADVANCES[characters.charAt(i)] = em;
        }
    }
}

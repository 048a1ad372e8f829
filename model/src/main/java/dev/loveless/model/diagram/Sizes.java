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

    private Sizes() {
    }

    /** @return the size of a state drawn as a box (a collapsed container included) */
    public static double heightOf(State state) {
        String comment = state.comment();
        return comment != null && !comment.isBlank() ? STATE_HEIGHT + COMMENT_HEIGHT : STATE_HEIGHT;
    }
}

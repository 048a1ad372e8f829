package dev.loveless.exporters.diagram;

/**
 * The colours of the diagram, light or dark. Each kind of step has one accent colour, used for
 * its icon tile and its worker line, so that a Lambda step and an Activity step differ at a glance.
 */
public record Theme(
        boolean dark,
        int background,
        int grid,
        int box,
        int boxBorder,
        int container,
        int containerBorder,
        int lane,
        int laneBorder,
        int title,
        int text,
        int muted,
        int edge,
        int errorEdge,
        int labelBackground,
        int selection,
        int problem,
        int retry,
        int marker) {

    public static final Theme LIGHT = new Theme(false,
            0xFFF6F7FB, 0xFFE6E9F0, 0xFFFFFFFF, 0xFFD0D6E2, 0xFFF1F4FA, 0xFFB9C3D6, 0xFFFFFFFF, 0xFFD8DEEA,
            0xFF0F172A, 0xFF334155, 0xFF64748B, 0xFF64748B, 0xFFDC2626, 0xFFFFFFFF, 0xFF2563EB, 0xFFDC2626,
            0xFFB45309, 0xFF1E293B);

    public static final Theme DARK = new Theme(true,
            0xFF14171F, 0xFF1E232E, 0xFF222836, 0xFF3A4356, 0xFF1A1F2A, 0xFF3B4559, 0xFF1D2230, 0xFF323B4D,
            0xFFF1F5F9, 0xFFCBD5E1, 0xFF94A3B8, 0xFF8491A7, 0xFFF87171, 0xFF222836, 0xFF60A5FA, 0xFFF87171,
            0xFFFBBF24, 0xFFE2E8F0);
}

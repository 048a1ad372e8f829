package dev.loveless.exporters.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, with three lines of context. Common leading and
 * trailing lines are set aside first; the rest is matched by longest common subsequence while that
 * stays small, else shown as replaced whole (a definition of thousands of states still diffs fast).
 */
public final class TextDiff {

    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000L;

    private TextDiff() {
    }

    /** @return the unified diff, or an empty string when the texts are equal */
    public static String unified(String before, String after, String beforeLabel, String afterLabel) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = List.of(before.split("\n", -1));
        List<String> b = List.of(after.split("\n", -1));
        List<Line> lines = diff(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(beforeLabel).append('\n').append("+++ ").append(afterLabel).append('\n');
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while changes are closer than twice the context.
            while (end < lines.size()) {
                if (lines.get(end).kind != ' ') {
                    end++;
                    continue;
                }
                int next = end;
                while (next < lines.size() && lines.get(next).kind == ' ') {
                    next++;
                }
                if (next < lines.size() && next - end <= 2 * CONTEXT) {
                    end = next;
                } else {
                    end = Math.min(lines.size(), end + CONTEXT);
                    break;
                }
            }
            appendHunk(out, lines.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Line> hunk) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        for (Line line : hunk) {
            if (line.kind != '+') {
                oldStart = oldStart < 0 ? line.oldNo : oldStart;
                oldCount++;
            }
            if (line.kind != '-') {
                newStart = newStart < 0 ? line.newNo : newStart;
                newCount++;
            }
        }
        out.append("@@ -").append(Math.max(oldStart, 0) + (oldCount > 0 ? 1 : 0)).append(',').append(oldCount)
                .append(" +").append(Math.max(newStart, 0) + (newCount > 0 ? 1 : 0)).append(',').append(newCount)
                .append(" @@\n");
        for (Line line : hunk) {
            out.append(line.kind).append(line.text).append('\n');
        }
    }

    private record Line(char kind, String text, int oldNo, int newNo) {
    }

    private static List<Line> diff(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            lines.add(new Line(' ', a.get(i), i, i));
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        if ((long) midA.size() * midB.size() <= MAX_CELLS) {
            lcs(midA, midB, prefix, lines);
        } else {
            for (int i = 0; i < midA.size(); i++) {
                lines.add(new Line('-', midA.get(i), prefix + i, prefix));
            }
            for (int j = 0; j < midB.size(); j++) {
                lines.add(new Line('+', midB.get(j), prefix + midA.size(), prefix + j));
            }
        }
        for (int i = 0; i < suffix; i++) {
            int oldNo = a.size() - suffix + i;
            int newNo = b.size() - suffix + i;
            lines.add(new Line(' ', a.get(oldNo), oldNo, newNo));
        }
        return lines;
    }

    private static void lcs(List<String> a, List<String> b, int offset, List<Line> out) {
        int n = a.size();
        int m = b.size();
        int[][] length = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Line(' ', a.get(i), offset + i, offset + j));
                i++;
                j++;
            } else if (i < n && (j == m || length[i + 1][j] >= length[i][j + 1])) {
                // Removals before additions, as diff(1) shows them.
                out.add(new Line('-', a.get(i), offset + i, offset + j));
                i++;
            } else {
                out.add(new Line('+', b.get(j), offset + i, offset + j));
                j++;
            }
        }
    }
}

package dev.loveless.model.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A layered (Sugiyama-style) layout of one scope, top to bottom, in linear time and memory: what
 * {@link WorkflowLayout} uses instead of ELK where ELK's thoroughness costs seconds and buys
 * nothing (a scope of hundreds of states, mostly a path with side branches, or a plain chain).
 *
 * <ol>
 *   <li>Cycle breaking: depth-first from the first node (StartAt), successors in the order given;
 *       an edge back to a node on the stack is a loop and takes no part in the ranking.</li>
 *   <li>Ranking: longest path from the sources, so StartAt is on the first rank and every state
 *       lies below all its (non-loop) predecessors.</li>
 *   <li>Order within a rank: edges spanning a few ranks get placeholder nodes, so that a side
 *       branch steps aside instead of sitting on the main line; a down, an up and a down sweep
 *       of barycentres (ties: placeholders first, then the given order).</li>
 *   <li>Positions: each node under the left median of its predecessors (a chain stays one
 *       straight column), pushed right just enough to clear its left neighbour; a rank whose
 *       nodes all had to move (a wide fan) is shifted back to centre under its parents.</li>
 * </ol>
 * Deterministic: the result depends only on the node order and the edge order given. No
 * third-party code, no hashing.
 */
final class LayeredLayout {

    /** Longer edges take no part in ordering (too many placeholders for what they bring). */
    private static final int MAX_SPAN = 4;

    private final int n;
    private final double[] widths;
    private final double[] heights;
    private final int[][] successors;
    private final double nodeSpacing;
    private final double rankSpacing;

    // Ranking
    private int[] rank;
    private int[][] forwardPredecessors;
    // Ordering, over real nodes (0..n-1) and placeholders (n..)
    private final List<int[]> ranks = new ArrayList<>();
    private int[] rankOf;
    private double[] width;
    private int[][] up;
    private int[][] down;
    private double[] position;

    private LayeredLayout(double[] widths, double[] heights, int[][] successors, double nodeSpacing, double rankSpacing) {
        this.n = widths.length;
        this.widths = widths;
        this.heights = heights;
        this.successors = successors;
        this.nodeSpacing = nodeSpacing;
        this.rankSpacing = rankSpacing;
    }

    /**
     * Lays out a scope.
     *
     * @param widths     each node's width; node 0 is where the flow starts (StartAt) when there is one
     * @param heights    each node's height
     * @param successors each node's successors, in the order the definition lists its transitions
     * @param top        room to leave above the first rank (the start marker)
     * @param bottom     room to leave below the last rank (the end marker)
     * @return positions relative to the top-left corner of the scope's content
     */
    static ScopePlacement layout(double[] widths, double[] heights, int[][] successors, double nodeSpacing, double rankSpacing,
                         double top, double bottom) {
        if (widths.length != heights.length || widths.length != successors.length) {
            throw new IllegalArgumentException("one width, height and successor list per node");
        }
        LayeredLayout layout = new LayeredLayout(widths, heights, successors, nodeSpacing, rankSpacing);
        if (layout.n == 0) {
            return new ScopePlacement(new double[0], new double[0], 0, top + bottom);
        }
        layout.rank();
        layout.buildRanks();
        layout.order();
        layout.place();
        return layout.result(top, bottom);
    }

    // ---- 1 and 2: cycle breaking and ranking -----------------------------------------------------

    private void rank() {
        // Iterative depth-first search; postorder reversed is a topological order of the forward edges.
        byte[] state = new byte[n]; // 0 new, 1 on the stack, 2 done
        int[] postorder = new int[n];
        int done = 0;
        int[] stack = new int[n];
        int[] next = new int[n];
        boolean[][] loop = new boolean[n][];
        for (int v = 0; v < n; v++) {
            loop[v] = new boolean[successors[v].length];
        }
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            stack[depth++] = root;
            state[root] = 1;
            while (depth > 0) {
                int v = stack[depth - 1];
                if (next[v] < successors[v].length) {
                    int i = next[v]++;
                    int w = successors[v][i];
                    if (state[w] == 1) {
                        loop[v][i] = true;
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        stack[depth++] = w;
                    }
                } else {
                    state[v] = 2;
                    postorder[done++] = v;
                    depth--;
                }
            }
        }
        int[] predecessorCount = new int[n];
        for (int v = 0; v < n; v++) {
            for (int i = 0; i < successors[v].length; i++) {
                if (!loop[v][i]) {
                    predecessorCount[successors[v][i]]++;
                }
            }
        }
        forwardPredecessors = new int[n][];
        for (int v = 0; v < n; v++) {
            forwardPredecessors[v] = new int[predecessorCount[v]];
        }
        int[] filled = new int[n];
        for (int v = 0; v < n; v++) {
            for (int i = 0; i < successors[v].length; i++) {
                if (!loop[v][i]) {
                    int w = successors[v][i];
                    forwardPredecessors[w][filled[w]++] = v;
                }
            }
        }
        rank = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            int v = postorder[k];
            for (int u : forwardPredecessors[v]) {
                rank[v] = Math.max(rank[v], rank[u] + 1);
            }
        }
    }

    // ---- 3: ranks with placeholders, and their order ---------------------------------------------

    private void buildRanks() {
        int maxRank = 0;
        for (int v = 0; v < n; v++) {
            maxRank = Math.max(maxRank, rank[v]);
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int r = 0; r <= maxRank; r++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            members.get(rank[v]).add(v);
        }
        // Short edges become chains of one-rank links through placeholders; longer ones are left out.
        List<int[]> links = new ArrayList<>();
        List<Double> placeholderWidths = new ArrayList<>();
        List<Integer> placeholderRanks = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            for (int u : forwardPredecessors[v]) {
                int span = rank[v] - rank[u];
                if (span < 1 || span > MAX_SPAN) {
                    continue;
                }
                int from = u;
                for (int r = rank[u] + 1; r < rank[v]; r++) {
                    int placeholder = n + placeholderWidths.size();
                    placeholderWidths.add(widths[u]);
                    placeholderRanks.add(r);
                    members.get(r).add(placeholder);
                    links.add(new int[] {from, placeholder});
                    from = placeholder;
                }
                links.add(new int[] {from, v});
            }
        }
        int total = n + placeholderWidths.size();
        width = new double[total];
        rankOf = new int[total];
        for (int v = 0; v < total; v++) {
            width[v] = v < n ? widths[v] : placeholderWidths.get(v - n);
            rankOf[v] = v < n ? rank[v] : placeholderRanks.get(v - n);
        }
        int[] upCount = new int[total];
        int[] downCount = new int[total];
        for (int[] link : links) {
            downCount[link[0]]++;
            upCount[link[1]]++;
        }
        up = new int[total][];
        down = new int[total][];
        for (int v = 0; v < total; v++) {
            up[v] = new int[upCount[v]];
            down[v] = new int[downCount[v]];
        }
        Arrays.fill(upCount, 0);
        Arrays.fill(downCount, 0);
        for (int[] link : links) {
            down[link[0]][downCount[link[0]]++] = link[1];
            up[link[1]][upCount[link[1]]++] = link[0];
        }
        for (List<Integer> rankMembers : members) {
            ranks.add(rankMembers.stream().mapToInt(Integer::intValue).toArray());
        }
        position = new double[total];
    }

    private void order() {
        indexPositions(0);
        for (int r = 1; r < ranks.size(); r++) {
            sortByBarycentre(r, up);
        }
        for (int r = ranks.size() - 2; r >= 0; r--) {
            sortByBarycentre(r, down);
        }
        for (int r = 1; r < ranks.size(); r++) {
            sortByBarycentre(r, up);
        }
    }

    private void indexPositions(int r) {
        int[] members = ranks.get(r);
        for (int i = 0; i < members.length; i++) {
            position[members[i]] = i;
        }
    }

    /** Orders a rank by the mean position of each node's neighbours in the rank before (or after). */
    private void sortByBarycentre(int r, int[][] neighbours) {
        int[] members = ranks.get(r);
        Integer[] sorted = new Integer[members.length];
        double[] key = new double[members.length];
        for (int i = 0; i < members.length; i++) {
            sorted[i] = i;
            int v = members[i];
            if (neighbours[v].length == 0) {
                key[i] = Double.POSITIVE_INFINITY;
            } else {
                double sum = 0;
                for (int w : neighbours[v]) {
                    sum += position[w];
                }
                key[i] = sum / neighbours[v].length;
            }
        }
        // Stable: equal barycentres keep their order, placeholders (the main line) first.
        Arrays.sort(sorted, (a, b) -> {
            int byKey = Double.compare(key[a], key[b]);
            if (byKey != 0) {
                return byKey;
            }
            boolean aPlaceholder = members[a] >= n;
            boolean bPlaceholder = members[b] >= n;
            if (aPlaceholder != bPlaceholder) {
                return aPlaceholder ? -1 : 1;
            }
            return Integer.compare(a, b);
        });
        int[] reordered = new int[members.length];
        for (int i = 0; i < members.length; i++) {
            reordered[i] = members[sorted[i]];
        }
        ranks.set(r, reordered);
        indexPositions(r);
    }

    // ---- 4: coordinates --------------------------------------------------------------------------

    private void place() {
        double[] centre = new double[width.length];
        for (int r = 0; r < ranks.size(); r++) {
            int[] members = ranks.get(r);
            double[] wanted = new double[members.length];
            boolean[] guided = new boolean[members.length];
            for (int i = 0; i < members.length; i++) {
                int v = members[i];
                if (up[v].length > 0) {
                    wanted[i] = leftMedian(up[v], centre);
                    guided[i] = true;
                } else if (v < n && forwardPredecessors[v].length > 0) {
                    wanted[i] = leftMedian(forwardPredecessors[v], centre);
                    guided[i] = true;
                }
            }
            // Left to right: where wanted, or just clear of the left neighbour.
            double[] placed = new double[members.length];
            for (int i = 0; i < members.length; i++) {
                double x = guided[i] || i == 0 ? wanted[i] : Double.NEGATIVE_INFINITY;
                if (i > 0) {
                    x = Math.max(x, placed[i - 1] + (width[members[i - 1]] + width[members[i]]) / 2 + nodeSpacing);
                }
                placed[i] = x;
            }
            // A rank pushed right as a whole (a fan) goes back by its median push, to sit centred.
            double[] pushes = new double[members.length];
            int count = 0;
            for (int i = 0; i < members.length; i++) {
                if (guided[i]) {
                    pushes[count++] = placed[i] - wanted[i];
                }
            }
            double shift = 0;
            if (count > 0) {
                Arrays.sort(pushes, 0, count);
                shift = pushes[(count - 1) / 2];
            }
            for (int i = 0; i < members.length; i++) {
                centre[members[i]] = placed[i] - shift;
            }
        }
        position = centre;
    }

    /** @return the centre of the middle neighbour, the left one of two middles (neighbours lie in one rank) */
    private static double leftMedian(int[] neighbours, double[] centre) {
        double[] xs = new double[neighbours.length];
        for (int i = 0; i < neighbours.length; i++) {
            xs[i] = centre[neighbours[i]];
        }
        Arrays.sort(xs);
        return xs[(xs.length - 1) / 2];
    }

    private ScopePlacement result(double top, double bottom) {
        double[] rankTop = new double[ranks.size()];
        double y = top;
        for (int r = 0; r < ranks.size(); r++) {
            rankTop[r] = y;
            double tallest = 0;
            for (int v : ranks.get(r)) {
                if (v < n) {
                    tallest = Math.max(tallest, heights[v]);
                }
            }
            y += tallest + (r + 1 < ranks.size() ? rankSpacing : 0);
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < n; v++) {
            minX = Math.min(minX, position[v] - widths[v] / 2);
            maxX = Math.max(maxX, position[v] + widths[v] / 2);
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int v = 0; v < n; v++) {
            xs[v] = position[v] - widths[v] / 2 - minX;
            ys[v] = rankTop[rank[v]];
        }
        return new ScopePlacement(xs, ys, maxX - minX, y + rankSpacing + bottom);
    }
}

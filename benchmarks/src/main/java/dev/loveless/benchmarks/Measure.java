package dev.loveless.benchmarks;

import java.util.Arrays;

/** Runs a piece of work warm and reports its median, best and 90th-percentile time. */
final class Measure {

    /** Work that returns something, so the JIT cannot drop it. */
    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    private Measure() {
    }

    /** @return the timings in milliseconds, sorted */
    static double[] time(int warmups, int runs, Work work) throws Exception {
        int sink = 0;
        for (int i = 0; i < warmups; i++) {
            sink += System.identityHashCode(work.run());
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += System.identityHashCode(work.run());
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        if (sink == 42) {
            System.out.print("");
        }
        return millis;
    }

    static String summary(String what, double[] sorted) {
        return String.format("%-40s median %7.2f ms   best %7.2f ms   p90 %7.2f ms   (%d runs)",
                what, sorted[sorted.length / 2], sorted[0], sorted[(int) (sorted.length * 0.9)], sorted.length);
    }
}

package dev.loveless.app.designer;

final class Trace {
    static final boolean ON = System.getenv("LOVELESS_TRACE") != null;
    static long last;
    static void mark(String what) {
        if (!ON) return;
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        long wall = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("TRACE " + what + " cpu " + cpu + " (+" + (cpu - last) + ") wall " + wall);
        last = cpu;
    }
}

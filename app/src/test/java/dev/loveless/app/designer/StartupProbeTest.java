package dev.loveless.app.designer;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up probe's clock: it counts from the process's start, which comes before the JVM's. */
class StartupProbeTest {

    @Test
    void countsFromTheProcessStartNoLaterThanTheJvmStart() throws InterruptedException {
        // given a JVM that has run for a while
        Thread.sleep(30);
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();

        // when
        long sinceProcessStart = StartupProbe.millisSinceProcessStart();

        // then the process started before the JVM did (to the kernel's 10 ms), and not long before
        assertTrue(sinceProcessStart >= jvmUptime - 20,
                "process start " + sinceProcessStart + " ms ago, JVM start " + jvmUptime + " ms ago");
        assertTrue(sinceProcessStart < jvmUptime + 10_000, "a launcher takes seconds, not more: " + sinceProcessStart);
    }

    @Test
    void keepsCountingAsTimePasses() throws InterruptedException {
        // given
        long before = StartupProbe.millisSinceProcessStart();

        // when
        Thread.sleep(120);

        // then
        long after = StartupProbe.millisSinceProcessStart();
        assertTrue(after - before >= 100 && after - before < 2_000, "from " + before + " to " + after);
    }
}

package dev.loveless.exporters.deploy;

import java.time.Duration;

/** Waits; tests pass one that does not. */
@FunctionalInterface
public interface Sleeper {

    /** The real one. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}

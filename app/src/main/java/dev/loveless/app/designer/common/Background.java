package dev.loveless.app.designer.common;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs the designer's long work (export, plan, deploy, following an execution) on a daemon thread
 * and hands its result back on the JavaFX application thread, so that view models only change
 * their properties there and the window never blocks. A job can be cancelled: its thread is
 * interrupted and its result, if any comes, is dropped.
 */
public final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    /** A running job. */
    public static final class Job {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile Thread thread;

        /** Interrupts the work and drops its result. */
        public void cancel() {
            cancelled.set(true);
            Thread running = thread;
            if (running != null) {
                running.interrupt();
            }
        }

        /** @return whether {@link #cancel()} was called */
        public boolean isCancelled() {
            return cancelled.get();
        }

        /** @return whether the work has ended (done, failed or cancelled) */
        public boolean isFinished() {
            return finished.get();
        }
    }

    private final String name;

    /** @param name the threads' name, seen in thread dumps */
    public Background(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Runs {@code work} off the application thread; then {@code done} with its result, or
     * {@code failed} with what it threw, on the application thread, unless the job was cancelled.
     */
    public <T> Job run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Job job = new Job();
        Thread thread = new Thread(() -> {
            try {
                T result = work.call();
                finish(job, () -> done.accept(result));
            } catch (Throwable e) { // everything, or the user would wait for ever
                if (!job.isCancelled()) {
                    LOG.debug("{} failed", name, e);
                }
                finish(job, () -> failed.accept(e));
            }
        }, name);
        thread.setDaemon(true);
        job.thread = thread;
        thread.start();
        return job;
    }

    /** Runs {@code action} on the application thread (now if already there) unless {@code job} was cancelled. */
    public static void onUi(Job job, Runnable action) {
        Runnable guarded = () -> {
            if (job == null || !job.isCancelled()) {
                action.run();
            }
        };
        if (Platform.isFxApplicationThread()) {
            guarded.run();
        } else {
            Platform.runLater(guarded);
        }
    }

    private static void finish(Job job, Runnable action) {
        Platform.runLater(() -> {
            job.finished.set(true);
            job.thread = null;
            if (!job.isCancelled()) {
                action.run();
            }
        });
    }
}

package dev.loveless.app.designer.problems;

import dev.loveless.model.StateTree;
import dev.loveless.model.edit.Document;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs the live validation: at once for a small workflow (the panel is never a step behind), and
 * for a large one off the JavaFX thread, debounced, so that typing stays fluid; a result that is
 * overtaken by a newer document is dropped. Results are delivered on the JavaFX thread.
 */
public final class ProblemScheduler {

    /** Workflows with at least this many states are validated in the background. */
    public static final int BACKGROUND_FROM = 300;
    /** How long typing must pause before a large workflow is validated again. */
    public static final long DEBOUNCE_MILLIS = 250;

    private static final Logger LOG = LoggerFactory.getLogger(ProblemScheduler.class);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(daemon("loveless-validate-timer"));
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(daemon("loveless-validate"));

    private final ProblemSource source;
    private final AtomicLong generation = new AtomicLong();
    private ScheduledFuture<?> pending;

    public ProblemScheduler(ProblemSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Validates {@code document} and hands its problems to {@code done} (on the JavaFX thread). */
    public void schedule(Document document, Consumer<List<Problem>> done) {
        long ticket = generation.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (!isLarge(document)) {
            done.accept(source.problemsOf(document));
            return;
        }
        pending = TIMER.schedule(() -> WORKER.execute(() -> {
            if (generation.get() != ticket) {
                return;
            }
            try {
                List<Problem> problems = source.problemsOf(document);
                Platform.runLater(() -> {
                    if (generation.get() == ticket) {
                        done.accept(problems);
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("validation failed", e);
            }
        }), DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * @return whether a document has {@link #BACKGROUND_FROM} states or more; the diagram's
     *         placements say so without walking a large machine (one walk per keystroke on
     *         thousands of states is a good part of what the keystroke costs)
     */
    private static boolean isLarge(Document document) {
        return document.diagram().bounds().size() >= BACKGROUND_FROM
                || StateTree.paths(document.machine()).size() >= BACKGROUND_FROM;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

package dev.loveless.app.designer;

import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.edit.Document;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works out the shapes ({@link DiagramGeometry}) of a large document off the JavaFX thread, so
 * that an edit of a machine of thousands of states (a drag step, a keystroke in the inspector)
 * does not hold the window for the ~100–300 ms the whole geometry takes.
 *
 * <ul>
 *   <li>One computation at a time, on one worker thread; asking while one runs only replaces what
 *       is computed next, so a burst of edits (a drag) costs one computation per round, for the
 *       newest document, and the canvas follows the gesture a few times a second.</li>
 *   <li>Results are handed over on the JavaFX thread, in the order asked for. {@link #cancel()}
 *       (a new history, an undo, shapes installed at once) drops what is running and waiting: a
 *       result asked for before it is never handed over after it.</li>
 *   <li>The shapes of the last few documents are kept, by identity, so that undo and redo of
 *       recent steps show their shapes at once.</li>
 * </ul>
 * Not thread-safe: use it from the JavaFX thread (or the one thread {@code toUi} runs on).
 */
final class ShapeScheduler {

    /** Documents with at least this many states get their shapes in the background. */
    static final int BACKGROUND_FROM = 400;

    private static final Logger LOG = LoggerFactory.getLogger(ShapeScheduler.class);
    private static final int KEPT = 4;
    private static final Executor WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loveless-shapes");
        thread.setDaemon(true);
        return thread;
    });

    /** The shapes of one document. */
    private record Known(Document document, DiagramGeometry geometry) {
    }

    private final int backgroundFrom;
    private final Function<Document, DiagramGeometry> shapesOf;
    private final Executor worker;
    private final Consumer<Runnable> toUi;
    private final Deque<Known> known = new ArrayDeque<>();
    private BiConsumer<Document, DiagramGeometry> done = (document, geometry) -> { };
    private Consumer<RuntimeException> failed = error -> { };
    private long generation;
    private Document next;
    private boolean running;

    /**
     * @param backgroundFrom documents with at least this many states are worked out by {@code worker}
     * @param shapesOf       works out the shapes of a document (pure; runs on {@code worker})
     * @param toUi           runs a hand-over on the JavaFX thread
     */
    ShapeScheduler(int backgroundFrom, Function<Document, DiagramGeometry> shapesOf, Executor worker,
                   Consumer<Runnable> toUi) {
        if (backgroundFrom < 0) {
            throw new IllegalArgumentException("backgroundFrom must not be negative: " + backgroundFrom);
        }
        this.backgroundFrom = backgroundFrom;
        this.shapesOf = Objects.requireNonNull(shapesOf, "shapesOf");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.toUi = Objects.requireNonNull(toUi, "toUi");
    }

    /** @return the scheduler of a designer window: from {@link #BACKGROUND_FROM} states on its own thread */
    static ShapeScheduler background() {
        return new ShapeScheduler(BACKGROUND_FROM, ShapeScheduler::shapesOf, WORKER, Platform::runLater);
    }

    /** @return the shapes of a document, as every renderer draws them */
    static DiagramGeometry shapesOf(Document document) {
        return DiagramGeometry.of(document.machine(), document.diagram());
    }

    /**
     * Says where results go.
     *
     * @param onDone   hears each document whose shapes were worked out, with them
     * @param onFailed hears what a computation threw (the shapes shown stay as they were)
     */
    void setListeners(BiConsumer<Document, DiagramGeometry> onDone, Consumer<RuntimeException> onFailed) {
        done = Objects.requireNonNull(onDone, "onDone");
        failed = Objects.requireNonNull(onFailed, "onFailed");
    }

    /** @return whether a document of {@code states} states is worth working out in the background */
    boolean isLarge(int states) {
        return states >= backgroundFrom;
    }

    /** @return the shapes of {@code document} if they were worked out lately (it is the very same object), else {@code null} */
    DiagramGeometry known(Document document) {
        for (Known each : known) {
            if (each.document() == document) {
                return each.geometry();
            }
        }
        return null;
    }

    /** Keeps the shapes of a document (computed elsewhere) for {@link #known}. */
    void remember(Document document, DiagramGeometry geometry) {
        known.removeIf(each -> each.document() == document);
        known.addFirst(new Known(Objects.requireNonNull(document, "document"), Objects.requireNonNull(geometry, "geometry")));
        while (known.size() > KEPT) {
            known.removeLast();
        }
    }

    /** Asks for the shapes of {@code document}: worked out next (instead of anything still waiting). */
    void request(Document document) {
        next = Objects.requireNonNull(document, "document");
        if (!running) {
            startNext();
        }
    }

    /** Drops the computation running and the one waiting: neither is handed over. */
    void cancel() {
        generation++;
        next = null;
    }

    private void startNext() {
        Document document = next;
        next = null;
        running = true;
        long ticket = generation;
        worker.execute(() -> {
            DiagramGeometry geometry = null;
            RuntimeException error = null;
            try {
                geometry = shapesOf.apply(document);
            } catch (RuntimeException e) { // a bug in the geometry must not leave the window waiting
                error = e;
            }
            DiagramGeometry result = geometry;
            RuntimeException failure = error;
            toUi.accept(() -> finished(ticket, document, result, failure));
        });
    }

    private void finished(long ticket, Document document, DiagramGeometry geometry, RuntimeException error) {
        running = false;
        if (ticket == generation) {
            if (geometry != null) {
                remember(document, geometry);
                done.accept(document, geometry);
            } else {
                LOG.error("the shapes of the diagram could not be worked out", error);
                failed.accept(error);
            }
        }
        if (next != null && !running) {
            startNext();
        }
    }
}

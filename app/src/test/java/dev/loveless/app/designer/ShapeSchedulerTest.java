package dev.loveless.app.designer;

import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.edit.Document;
import dev.loveless.model.edit.MoveStates;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The background shapes of large documents, driven step by step: the worker's jobs and the hand-overs
 * to the JavaFX thread are queues the test runs when it chooses.
 */
class ShapeSchedulerTest {

    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final Deque<Runnable> ui = new ArrayDeque<>();
    private final List<Document> computed = new ArrayList<>();
    private final List<Document> delivered = new ArrayList<>();
    private final List<DiagramGeometry> deliveredShapes = new ArrayList<>();
    private final List<RuntimeException> failures = new ArrayList<>();
    private final ShapeScheduler scheduler = new ShapeScheduler(0, document -> {
        computed.add(document);
        return ShapeScheduler.shapesOf(document);
    }, worker::add, ui::add);

    ShapeSchedulerTest() {
        scheduler.setListeners((document, shapes) -> {
            delivered.add(document);
            deliveredShapes.add(shapes);
        }, failures::add);
    }

    private static Document moved(Document document, double dx) {
        return new MoveStates(Set.of(StatePath.of("Notify")), dx, 0).apply(document);
    }

    private void runWorker() {
        worker.removeFirst().run();
    }

    private void runUi() {
        while (!ui.isEmpty()) {
            ui.removeFirst().run();
        }
    }

    @Test
    void shapesAreWorkedOutByTheWorkerAndHandedOverOnTheUiThread() {
        // given
        Document document = moved(DesignerDriver.workflow(), 40);

        // when asked for
        scheduler.request(document);

        // then nothing is handed over before the worker and the UI thread have run
        assertTrue(delivered.isEmpty());
        runWorker();
        assertTrue(delivered.isEmpty());
        runUi();
        assertEquals(List.of(document), delivered);
        Bounds placed = document.diagram().boundsOf(StatePath.of("Notify"));
        assertEquals(placed.x(), deliveredShapes.get(0).state(StatePath.of("Notify")).frame().x(), 1e-9);
    }

    @Test
    void requestsWhileOneIsWorkedOutWaitAndOnlyTheNewestIsWorkedOutNext() {
        // given a drag: one document being worked out, two more asked for meanwhile
        Document first = moved(DesignerDriver.workflow(), 10);
        Document second = moved(first, 10);
        Document third = moved(second, 10);
        scheduler.request(first);
        scheduler.request(second);
        scheduler.request(third);
        assertEquals(1, worker.size(), "one computation at a time");

        // when the worker finishes, twice
        runWorker();
        runUi();
        runWorker();
        runUi();

        // then the first and the newest were worked out and handed over in order; the middle one never
        assertEquals(List.of(first, third), computed);
        assertEquals(List.of(first, third), delivered);
        assertTrue(worker.isEmpty());
    }

    @Test
    void aCancelledComputationIsNeverHandedOverAndTheNextRequestFollowsIt() {
        // given a computation running, then cancelled, then a new request
        Document dropped = moved(DesignerDriver.workflow(), 10);
        Document wanted = moved(DesignerDriver.workflow(), -10);
        scheduler.request(dropped);
        scheduler.cancel();
        scheduler.request(wanted);

        // when the worker finishes the dropped one, then the wanted one
        runWorker();
        runUi();
        runWorker();
        runUi();

        // then only the wanted one is handed over
        assertEquals(List.of(wanted), delivered);
    }

    @Test
    void theShapesOfTheLastFewDocumentsAreKnownByIdentity() {
        // given
        Document document = DesignerDriver.workflow();
        DiagramGeometry shapes = ShapeScheduler.shapesOf(document);

        // when
        scheduler.remember(document, shapes);

        // then the same document is known, an equal copy is not (only identity is cheap)
        assertSame(shapes, scheduler.known(document));
        assertNull(scheduler.known(new Document(document.machine(), document.diagram())));

        // when four more are remembered, then the first is forgotten
        Document last = document;
        for (int i = 1; i <= 4; i++) {
            last = moved(last, i);
            scheduler.remember(last, ShapeScheduler.shapesOf(last));
        }
        assertNull(scheduler.known(document));
        assertTrue(scheduler.known(last) != null);
    }

    @Test
    void aComputationThatFailsIsReportedAndTheNextRequestStillRuns() {
        // given shapes that cannot be worked out for one document
        Document broken = moved(DesignerDriver.workflow(), 10);
        Document fine = moved(broken, 10);
        ShapeScheduler failing = new ShapeScheduler(0, document -> {
            if (document == broken) {
                throw new IllegalStateException("no shapes");
            }
            return ShapeScheduler.shapesOf(document);
        }, worker::add, ui::add);
        failing.setListeners((document, shapes) -> delivered.add(document), failures::add);

        // when
        failing.request(broken);
        failing.request(fine);
        runWorker();
        runUi();
        runWorker();
        runUi();

        // then
        assertEquals("no shapes", failures.get(0).getMessage());
        assertEquals(List.of(fine), delivered);
    }

    @Test
    void onlyDocumentsFromTheThresholdOnAreLarge() {
        // given
        ShapeScheduler fromTen = new ShapeScheduler(10, ShapeScheduler::shapesOf, worker::add, ui::add);

        // then
        assertTrue(fromTen.isLarge(10));
        assertTrue(!fromTen.isLarge(9));
        assertThrows(IllegalArgumentException.class, () -> new ShapeScheduler(-1, ShapeScheduler::shapesOf, worker::add, ui::add));
    }
}

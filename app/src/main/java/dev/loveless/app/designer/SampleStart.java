package dev.loveless.app.designer;

import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.app.designer.problems.ProblemSource;
import dev.loveless.app.designer.problems.Problems;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramFiles;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.ParsedDefinition;
import dev.loveless.model.samples.Samples;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * The built-in sample made ready to show — read, placed by its stored layout, its shapes worked
 * out and validated — on a thread of its own, started by the launcher as soon as it knows the
 * sample will open. That happens while JavaFX starts on the other core, so the window only has
 * to show it.
 */
public final class SampleStart {

    /**
     * The sample as read, the document made of it with its shapes and problems, and the live
     * problem source that found them (the validator with all its rules is made once, here).
     */
    public record Ready(ParsedDefinition sample, EditorViewModel.Prepared prepared, ProblemSource problems) {
    }

    private static CompletableFuture<Ready> ready;

    private SampleStart() {
    }

    /** Starts making the sample ready in the background (once). */
    public static synchronized void prepareEarly() {
        if (ready == null) {
            CompletableFuture<Ready> made = new CompletableFuture<>();
            ready = made;
            Thread thread = new Thread(() -> {
                try {
                    made.complete(prepare());
                } catch (RuntimeException | Error e) {
                    made.completeExceptionally(e);
                }
            }, "loveless-sample");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** @return the sample ready to show (made now, if it was not started early) */
    static Ready take() {
        CompletableFuture<Ready> taken;
        synchronized (SampleStart.class) {
            prepareEarly();
            taken = ready;
            // A second window on the sample starts from a fresh copy (the prepared one is taken).
            ready = null;
        }
        return taken.join();
    }

    private static Ready prepare() {
        ProblemSource problems = Problems.live();
        ParsedDefinition sample = Samples.sample();
        Document document = DocumentFiles.documentOf(sample.machine(), storedLayout());
        DiagramGeometry geometry = DiagramGeometry.of(document.machine(), document.diagram());
        return new Ready(sample, new EditorViewModel.Prepared(document, geometry, problems.problemsOf(document)), problems);
    }

    /** @return the sample's layout, computed ahead so that start-up needs no layout engine; null to lay it out */
    private static Diagram storedLayout() {
        try {
            return DiagramFiles.read(Samples.sampleLayoutText());
        } catch (IOException e) {
            return null;
        }
    }
}

package dev.loveless.app.designer;

import dev.loveless.app.designer.files.DocumentFiles;
import dev.loveless.app.designer.problems.Problem;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.AslParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A file read and made ready to show: everything a large machine costs happens in
 * {@link #read}, off the JavaFX thread — reading, laying out, validating (on a second core, while
 * the layout runs) and working out its shapes — so that the window only has to show it.
 */
record LoadedFile(DocumentFiles.Opened opened, EditorViewModel.Prepared prepared) {

    private static final Logger LOG = LoggerFactory.getLogger(LoadedFile.class);

    LoadedFile {
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(prepared, "prepared");
    }

    /**
     * Reads and prepares {@code file}; runs in the background.
     *
     * @param problemsOf the window's validation, safe to run on another thread
     * @throws UncheckedIOException     when the file cannot be read
     * @throws IllegalArgumentException around the {@link AslParseException} of a broken definition
     */
    static LoadedFile read(Path file, Function<Document, List<Problem>> problemsOf) {
        try {
            long start = System.nanoTime();
            long[] read = new long[1];
            List<CompletableFuture<List<Problem>>> problems = new ArrayList<>(1);
            // The validator reads only the machine: it can start before the layout is done.
            DocumentFiles.Opened opened = DocumentFiles.open(file, machine -> {
                read[0] = System.nanoTime();
                problems.add(CompletableFuture.supplyAsync(() -> problemsOf.apply(new Document(machine, Diagram.EMPTY))));
            });
            long laidOut = System.nanoTime();
            Document document = opened.document();
            DiagramGeometry geometry = DiagramGeometry.of(document.machine(), document.diagram());
            long shaped = System.nanoTime();
            List<Problem> found = problems.get(0).join();
            LOG.debug("{}: read in {} ms, laid out in {} ms, shapes in {} ms, problems {} ms later", file.getFileName(),
                    (read[0] - start) / 1_000_000, (laidOut - read[0]) / 1_000_000, (shaped - laidOut) / 1_000_000,
                    (System.nanoTime() - shaped) / 1_000_000);
            return new LoadedFile(opened, new EditorViewModel.Prepared(document, geometry, found));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AslParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

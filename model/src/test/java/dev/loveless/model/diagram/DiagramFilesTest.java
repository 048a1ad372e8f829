package dev.loveless.model.diagram;

import dev.loveless.model.StatePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sidecar: where it lives, a lossless round trip, plain errors. */
class DiagramFilesTest {

    @Test
    void theSidecarSitsBesideTheDefinition() {
        assertEquals(Path.of("dir/orders.asl.layout.json"), DiagramFiles.sidecarOf(Path.of("dir/orders.asl.json")));
        assertEquals(Path.of("orders.asl.layout.json"), DiagramFiles.sidecarOf(Path.of("orders.asl.yaml")));
        assertEquals(Path.of("flow.layout.json"), DiagramFiles.sidecarOf(Path.of("flow")));
    }

    @Test
    void aDiagramSurvivesARoundTripThroughItsFile(@TempDir Path dir) throws IOException {
        // given
        StatePath nested = StatePath.of("Fan out").child(1, "Charge");
        Diagram diagram = new Diagram(Map.of(
                StatePath.of("Fan out"), new Bounds(10, 20, 300, 200),
                nested, new Bounds(30.5, 90, 248, 60)), Set.of(StatePath.of("Fan out")));
        Path definition = dir.resolve("orders.asl.json");
        // when
        DiagramFiles.writeBeside(definition, diagram);
        // then
        assertEquals(diagram, DiagramFiles.readBeside(definition));
        assertTrue(Files.readString(DiagramFiles.sidecarOf(definition)).contains("[ \"Fan out\", 1, \"Charge\" ]"));
    }

    @Test
    void noSidecarReadsAsNone(@TempDir Path dir) throws IOException {
        assertNull(DiagramFiles.readBeside(dir.resolve("x.asl.json")));
    }

    @Test
    void aBrokenSidecarGivesAPlainError() {
        IOException error = assertThrows(IOException.class, () -> DiagramFiles.read("{ not json"));
        assertTrue(error.getMessage().startsWith("The diagram file is not valid JSON"));
        assertThrows(IOException.class, () -> DiagramFiles.read("{\"states\": [{\"path\": [1]}]}"));
        assertThrows(IOException.class, () -> DiagramFiles.read("{\"version\": 99, \"states\": []}"));
    }
}

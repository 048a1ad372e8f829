package dev.loveless.model.diagram;

import dev.loveless.model.StatePath;
import dev.loveless.model.validation.WorkflowType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SidecarSettingsTest {

    private static final Diagram DIAGRAM = new Diagram(Map.of(StatePath.of("A"), new Bounds(1, 2, 3, 4)), Set.of());

    @Test
    void theWorkflowTypeAndNameAreSavedBesideTheDiagram() throws IOException {
        // given
        WorkflowSettings settings = new WorkflowSettings(WorkflowType.EXPRESS, "orders-v2");
        // when
        DiagramFiles.Sidecar read = DiagramFiles.readSidecar(DiagramFiles.write(DIAGRAM, settings));
        // then
        assertEquals(settings, read.settings());
        assertEquals(DIAGRAM, read.diagram());
    }

    @Test
    void defaultSettingsWriteNothingAndOldSidecarsReadAsDefault() throws IOException {
        // when
        String text = DiagramFiles.write(DIAGRAM, WorkflowSettings.DEFAULT);
        // then
        assertFalse(text.contains("workflow"));
        assertEquals(WorkflowSettings.DEFAULT, DiagramFiles.readSidecar(text).settings());
    }

    @Test
    void anInvalidNameIsAPlainError() {
        String text = "{\"version\": 1, \"states\": [], \"workflow\": {\"type\": \"EXPRESS\", \"name\": \"a b\"}}";
        IOException error = assertThrows(IOException.class, () -> DiagramFiles.readSidecar(text));
        assertEquals("The diagram file has an invalid workflow name: A state machine name uses only letters, digits, '-' and '_' (not ' ').",
                error.getMessage());
    }
}

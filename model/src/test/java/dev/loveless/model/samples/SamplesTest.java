package dev.loveless.model.samples;

import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramFiles;
import dev.loveless.model.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in sample is what a first-time user sees: valid, clean, and laid out ahead. */
class SamplesTest {

    @Test
    void theSampleIsValidWithoutAnyWarning() {
        assertEquals(List.of(), new Validator().validate(Samples.sample()).diagnostics());
    }

    @Test
    void theSampleMixesLambdaStepsWithAnActivity() {
        String text = Samples.sampleText();
        assertTrue(text.contains(":activity:") && text.contains("lambda:invoke"));
    }

    @Test
    void theStoredLayoutPlacesEveryStateOfTheSample() throws Exception {
        // given the sidecar shipped beside the sample (regenerate it after changing the sample)
        Diagram layout = DiagramFiles.read(Samples.sampleLayoutText());
        // then every state has a place
        for (StatePath path : StateTree.paths(Samples.sample().machine())) {
            assertTrue(layout.bounds().containsKey(path), "no stored place for " + path);
        }
    }

    @Test
    void theStoredLayoutIsTheAutomaticLayoutOfTheSample() throws Exception {
        // given the sidecar shipped beside the sample
        Diagram stored = DiagramFiles.read(Samples.sampleLayoutText());

        // when the sample is laid out afresh
        var machine = Samples.sample().machine();
        Diagram fresh = dev.loveless.model.layout.WorkflowLayout.layout(dev.loveless.model.graph.WorkflowGraph.of(machine),
                dev.loveless.model.layout.LayoutOptions.DEFAULT).toDiagram(java.util.Set.of());

        // then the shipped layout is the current one (the sidecar keeps a tenth of a unit):
        // regenerate it with DiagramFiles.write after changing the sample or the layout
        assertEquals(fresh.bounds().keySet(), stored.bounds().keySet());
        fresh.bounds().forEach((path, bounds) -> {
            var kept = stored.boundsOf(path);
            assertTrue(Math.abs(kept.x() - bounds.x()) < 0.06 && Math.abs(kept.y() - bounds.y()) < 0.06
                    && Math.abs(kept.width() - bounds.width()) < 0.06 && Math.abs(kept.height() - bounds.height()) < 0.06,
                    path + " is stored at " + kept + " but laid out at " + bounds);
        });
    }
}

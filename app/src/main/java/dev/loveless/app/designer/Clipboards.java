package dev.loveless.app.designer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.model.State;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.States;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramFiles;
import dev.loveless.model.edit.Document;
import dev.loveless.model.edit.InsertStates;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.Format;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The clipboard form of copied states, so that copy and paste work within a window, between
 * windows and with a text editor: one JSON object holding an ASL definition of the copied states
 * ({@code "definition"}) and their diagram ({@code "diagram"}), positions kept. Copies states of
 * one scope (the scope of the first selected state; nested states come with their container).
 */
final class Clipboards {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "lovelessClipboard";

    private Clipboards() {
    }

    static String copy(Document document, Set<StatePath> selection) {
        StatePath first = selection.iterator().next();
        Map<String, State> states = new LinkedHashMap<>();
        Map<StatePath, Bounds> bounds = new LinkedHashMap<>();
        for (StatePath path : selection) {
            if (!path.sameScopeAs(first) || states.containsKey(path.name())) {
                continue;
            }
            State state = StateTree.resolve(document.machine(), path);
            if (state == null) {
                continue;
            }
            states.put(path.name(), state);
            StatePath top = StatePath.of(path.name());
            document.diagram().bounds().forEach((candidate, box) -> {
                if (Diagram.isWithin(candidate, path)) {
                    bounds.put(Diagram.rebase(candidate, path, top), box);
                }
            });
        }
        StateMachine group = StateMachine.of(states.keySet().iterator().next(), new States(states));
        Set<StatePath> collapsed = new java.util.LinkedHashSet<>();
        for (StatePath path : document.diagram().collapsed()) {
            for (StatePath root : selection) {
                if (root.sameScopeAs(first) && Diagram.isWithin(path, root)) {
                    collapsed.add(Diagram.rebase(path, root, StatePath.of(root.name())));
                }
            }
        }
        ObjectNode clip = JSON.createObjectNode();
        clip.put(MARK, 1);
        clip.put("definition", new AslWriter().write(group, Format.JSON));
        clip.put("diagram", DiagramFiles.write(new Diagram(bounds, collapsed)));
        return clip.toPrettyString();
    }

    /** @throws IllegalArgumentException when the text is not copied states */
    static InsertStates paste(String text, ScopeId scope, double dx, double dy) {
        try {
            JsonNode clip = JSON.readTree(text);
            if (clip == null || !clip.has(MARK)) {
                // Plain ASL text (from a text editor) pastes too, laid out by the placement.
                var machine = new AslReader().read(text, Format.JSON).machine();
                return new InsertStates(scope, machine.statesOrEmpty(), Diagram.EMPTY, 0, 0);
            }
            var machine = new AslReader().read(clip.get("definition").asText(), Format.JSON).machine();
            Diagram diagram = DiagramFiles.read(clip.get("diagram").asText());
            return new InsertStates(scope, machine.statesOrEmpty(), diagram, dx, dy);
        } catch (IOException | dev.loveless.model.io.AslParseException | RuntimeException e) {
            throw new IllegalArgumentException("no states on the clipboard", e);
        }
    }
}

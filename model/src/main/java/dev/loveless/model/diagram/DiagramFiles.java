package dev.loveless.model.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.model.StatePath;
import dev.loveless.model.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the diagram sidecar: {@code NAME.asl.json} (or {@code .yaml}) keeps its
 * diagram in {@code NAME.asl.layout.json} beside it. The format is a small versioned JSON object:
 * <pre>{ "version": 1, "states": [ { "path": ["Publish", 0, "Add"], "x": 10, "y": 20,
 *   "width": 240, "height": 64, "collapsed": true } ],
 *   "workflow": { "type": "EXPRESS", "name": "orders" } }</pre>
 * {@code workflow} holds the deploy settings ASL does not carry ({@link WorkflowSettings}); it is
 * written only when they differ from the defaults, and older readers ignore it.
 * A sidecar that cannot be read is reported as an {@link IOException} with a plain message; the
 * caller then lays the diagram out afresh and loses nothing of the definition.
 */
public final class DiagramFiles {

    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagramFiles() {
    }

    /** @return the sidecar of a definition file: its name without the last extension, plus {@code .layout.json} */
    public static Path sidecarOf(Path definition) {
        String name = definition.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return definition.resolveSibling(stem + ".layout.json");
    }

    /** What a sidecar holds: the diagram and the workflow's deploy settings. */
    public record Sidecar(Diagram diagram, WorkflowSettings settings) {
        public Sidecar {
            java.util.Objects.requireNonNull(diagram, "diagram");
            java.util.Objects.requireNonNull(settings, "settings");
        }
    }

    /** @return the diagram saved beside {@code definition}, or {@code null} when there is none */
    public static Diagram readBeside(Path definition) throws IOException {
        Sidecar sidecar = readSidecarBeside(definition);
        return sidecar == null ? null : sidecar.diagram();
    }

    /** @return the sidecar saved beside {@code definition}, or {@code null} when there is none */
    public static Sidecar readSidecarBeside(Path definition) throws IOException {
        Path sidecar = sidecarOf(definition);
        return Files.isRegularFile(sidecar) ? readSidecar(Files.readString(sidecar)) : null;
    }

    /** Saves the diagram beside {@code definition}, atomically. */
    public static void writeBeside(Path definition, Diagram diagram) throws IOException {
        writeBeside(definition, diagram, WorkflowSettings.DEFAULT);
    }

    /** Saves the diagram and the deploy settings beside {@code definition}, atomically. */
    public static void writeBeside(Path definition, Diagram diagram, WorkflowSettings settings) throws IOException {
        AtomicFiles.write(sidecarOf(definition), write(diagram, settings));
    }

    /** @return the sidecar text of a diagram */
    public static String write(Diagram diagram) {
        return write(diagram, WorkflowSettings.DEFAULT);
    }

    /** @return the sidecar text of a diagram and deploy settings */
    public static String write(Diagram diagram, WorkflowSettings settings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ArrayNode states = root.putArray("states");
        Set<StatePath> written = new LinkedHashSet<>();
        diagram.bounds().forEach((path, bounds) -> {
            ObjectNode entry = states.addObject();
            entry.set("path", pathNode(path));
            entry.put("x", round(bounds.x()));
            entry.put("y", round(bounds.y()));
            entry.put("width", round(bounds.width()));
            entry.put("height", round(bounds.height()));
            if (diagram.isCollapsed(path)) {
                entry.put("collapsed", true);
            }
            written.add(path);
        });
        for (StatePath path : diagram.collapsed()) {
            if (!written.contains(path)) {
                ObjectNode entry = states.addObject();
                entry.set("path", pathNode(path));
                entry.put("collapsed", true);
            }
        }
        if (!settings.equals(WorkflowSettings.DEFAULT)) {
            ObjectNode workflow = root.putObject("workflow");
            workflow.put("type", settings.type().name());
            if (settings.name() != null) {
                workflow.put("name", settings.name());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    /** @return the diagram in a sidecar text */
    public static Diagram read(String text) throws IOException {
        return readSidecar(text).diagram();
    }

    /** @return the diagram and deploy settings in a sidecar text */
    public static Sidecar readSidecar(String text) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("The diagram file is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("states").isArray()) {
            throw new IOException("The diagram file has no \"states\" list.");
        }
        int version = root.path("version").asInt(0);
        if (version > VERSION) {
            throw new IOException("The diagram file was written by a newer Loveless (format " + version + ").");
        }
        Map<StatePath, Bounds> bounds = new LinkedHashMap<>();
        Set<StatePath> collapsed = new LinkedHashSet<>();
        for (JsonNode entry : root.get("states")) {
            StatePath path = pathOf(entry.path("path"));
            if (path == null) {
                throw new IOException("The diagram file has an entry without a valid \"path\": " + entry);
            }
            if (entry.has("x") && entry.has("y")) {
                double width = entry.path("width").asDouble(0);
                double height = entry.path("height").asDouble(0);
                try {
                    bounds.put(path, new Bounds(entry.path("x").asDouble(), entry.path("y").asDouble(),
                            Math.max(0, width), Math.max(0, height)));
                } catch (IllegalArgumentException e) {
                    throw new IOException("The diagram file has invalid bounds for " + path + ".", e);
                }
            }
            if (entry.path("collapsed").asBoolean(false)) {
                collapsed.add(path);
            }
        }
        return new Sidecar(new Diagram(bounds, collapsed), settingsOf(root.path("workflow")));
    }

    private static WorkflowSettings settingsOf(JsonNode workflow) throws IOException {
        if (!workflow.isObject()) {
            return WorkflowSettings.DEFAULT;
        }
        dev.loveless.model.validation.WorkflowType type =
                dev.loveless.model.validation.WorkflowType.parse(workflow.path("type").asText(null));
        String name = workflow.path("name").isTextual() ? workflow.path("name").textValue() : null;
        try {
            return new WorkflowSettings(type == null ? dev.loveless.model.validation.WorkflowType.STANDARD : type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("The diagram file has an invalid workflow name: " + e.getMessage(), e);
        }
    }

    private static ArrayNode pathNode(StatePath path) {
        ArrayNode node = JSON.createArrayNode();
        for (Object element : path.elements()) {
            if (element instanceof Integer index) {
                node.add(index);
            } else {
                node.add((String) element);
            }
        }
        return node;
    }

    private static StatePath pathOf(JsonNode node) {
        if (!node.isArray() || node.size() % 2 == 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<Integer> branches = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (i % 2 == 0) {
                if (!element.isTextual()) {
                    return null;
                }
                names.add(element.textValue());
            } else {
                if (!element.isInt() || element.intValue() < 0) {
                    return null;
                }
                branches.add(element.intValue());
            }
        }
        return new StatePath(names, branches);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

package dev.loveless.app.designer;

import dev.loveless.app.designer.problems.Problem;
import dev.loveless.app.designer.canvas.DiagramCanvas;
import dev.loveless.exporters.diagram.StatePresentation;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.edit.StateKind;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Consumer;

/** The palette (left), the inspector (right) and the problems list (bottom) of a designer window. */
final class SidePanels {

    private SidePanels() {
    }

    /** @return the palette: every kind of step, searchable, dragged onto the canvas or double-clicked to add */
    static Node palette(Consumer<StateKind> add) {
        VBox entries = new VBox(4);
        TextField search = new TextField();
        search.setPromptText("Search steps");
        search.setId("palette-search");
        Label heading = new Label("STEPS");
        heading.getStyleClass().add("panel-heading");
        for (StateKind kind : StateKind.values()) {
            StatePresentation look = presentationOf(kind);
            Label name = new Label(kind.label());
            name.getStyleClass().add("palette-name");
            HBox entry = new HBox(10, Icons.tile(look.icon(), look.accent(), 28), name);
            entry.setAlignment(Pos.CENTER_LEFT);
            entry.setPadding(new Insets(6, 8, 6, 8));
            entry.getStyleClass().add("palette-entry");
            entry.setId("palette-" + kind.name());
            Tooltip tooltip = new Tooltip(kind.tooltip());
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(280);
            Tooltip.install(entry, tooltip);
            entry.setOnDragDetected(event -> {
                var board = entry.startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putString(DiagramCanvas.DRAG_PREFIX + kind.name());
                board.setContent(content);
                board.setDragView(entry.snapshot(null, null));
                event.consume();
            });
            entry.setOnMouseClicked(event -> {
                // Every second click of a quick series, so that two double-clicks in a row add two steps.
                if (event.getClickCount() % 2 == 0) {
                    add.accept(kind);
                }
            });
            entries.getChildren().add(entry);
            entry.managedProperty().bind(entry.visibleProperty());
            entry.visibleProperty().bind(search.textProperty().map(text ->
                    text.isBlank() || (kind.label() + " " + kind.tooltip()).toLowerCase(Locale.ROOT)
                            .contains(text.strip().toLowerCase(Locale.ROOT))));
        }
        Label hint = new Label("Drag a step onto the canvas, or double-click it.");
        hint.setWrapText(true);
        hint.getStyleClass().add("panel-hint");
        VBox box = new VBox(10, heading, search, entries, hint);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("side-panel");
        scroll.setMinWidth(190);
        scroll.setPrefWidth(210);
        return scroll;
    }

    private static StatePresentation presentationOf(StateKind kind) {
        return StatePresentation.of(kind.create(kind.defaultName(), new java.util.HashSet<>()));
    }

    /** @return the inspector: the selected state's name, type and worker (full forms come later) */
    static Node inspector(EditorViewModel model) {
        Label heading = new Label("INSPECTOR");
        heading.getStyleClass().add("panel-heading");
        VBox content = new VBox(10);
        content.setId("inspector");
        Runnable refresh = () -> {
            content.getChildren().clear();
            StatePath path = model.singleSelection();
            State state = path == null ? null : StateTree.resolve(model.document().machine(), path);
            if (state == null) {
                int count = model.selection().size();
                Label none = new Label(count > 1 ? count + " steps selected." : "Select a step to see its details.");
                none.setWrapText(true);
                none.getStyleClass().add("panel-hint");
                content.getChildren().add(none);
                content.getChildren().add(field("Workflow", model.displayNameProperty().get()));
                content.getChildren().add(field("Steps", String.valueOf(model.geometry().states().size())));
                return;
            }
            StatePresentation look = StatePresentation.of(state);
            Label name = new Label(path.name());
            name.setId("inspector-name");
            name.getStyleClass().add("inspector-title");
            name.setWrapText(true);
            HBox title = new HBox(10, Icons.tile(look.icon(), look.accent(), 32), name);
            title.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(title);
            content.getChildren().add(field("Type", state.type() == null ? "Unknown" : state.type().aslName()));
            String worker = StatePresentation.workerWord(state);
            if (worker != null) {
                Node workerField = field("Runs on", worker);
                workerField.setId("inspector-worker");
                content.getChildren().add(workerField);
                String resource = ((TaskState) state).resource();
                if (resource != null) {
                    content.getChildren().add(field("Resource", resource));
                }
            }
            content.getChildren().add(field("What it does", look.kind()));
            if (state.comment() != null) {
                content.getChildren().add(field("Description", state.comment()));
            }
            if (path.depth() > 0) {
                content.getChildren().add(field("Inside", path.parent().toString()));
            }
        };
        model.selection().addListener((SetChangeListener<StatePath>) c -> refresh.run());
        model.documentProperty().addListener((o, a, b) -> refresh.run());
        model.displayNameProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        VBox box = new VBox(12, heading, content);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("side-panel");
        scroll.setMinWidth(220);
        scroll.setPrefWidth(260);
        return scroll;
    }

    private static Node field(String label, String value) {
        Label key = new Label(label);
        key.getStyleClass().add("field-label");
        Label text = new Label(value);
        text.setWrapText(true);
        text.getStyleClass().add("field-value");
        return new VBox(2, key, text);
    }

    /** @return the problems list; choosing a problem selects and shows its state */
    static Node problems(EditorViewModel model, Consumer<StatePath> reveal) {
        ListView<Problem> list = new ListView<>(model.problems());
        list.setId("problems");
        list.setPlaceholder(new Label("No problems found."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Problem problem, boolean empty) {
                super.updateItem(problem, empty);
                if (empty || problem == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label where = new Label(problem.location());
                where.getStyleClass().add("problem-location");
                Node icon = Icons.glyph("warning", problem.severity() == Problem.Severity.ERROR
                        ? javafx.scene.paint.Color.web("#dc2626") : javafx.scene.paint.Color.web("#b45309"), 16);
                Label message = new Label(problem.message());
                HBox row = new HBox(8, icon, message, where);
                HBox.setHgrow(message, Priority.ALWAYS);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
                setText(null);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, problem) -> {
            if (problem != null && problem.path() != null && model.geometry().state(problem.path()) != null) {
                model.selectOnly(problem.path());
                reveal.accept(problem.path());
            }
        });
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(javafx.beans.binding.Bindings.size(model.problems()).asString("PROBLEMS (%d)"));
        VBox box = new VBox(6, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8, 12, 8, 12));
        box.setPrefHeight(150);
        box.setMinHeight(60);
        return box;
    }
}

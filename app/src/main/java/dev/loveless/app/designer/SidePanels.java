package dev.loveless.app.designer;

import dev.loveless.app.designer.canvas.DiagramCanvas;
import dev.loveless.exporters.diagram.StatePresentation;
import dev.loveless.model.edit.StateKind;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Consumer;

/** The palette (left) of a designer window; the inspector and the problems panel have packages of their own. */
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
}

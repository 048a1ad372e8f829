package dev.loveless.app.designer.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Locale;

/**
 * The small building blocks the Export, Deploy and Run dialogs share, so that they look alike:
 * section headings, hints, labelled fields, a list cell that colours errors and warnings, and the
 * style sheets (the designer's, the dialogs', and the dark theme when the window uses it).
 */
public final class DialogParts {

    private DialogParts() {
    }

    /** Gives a dialog's scene the designer's look, dark when its owner window is dark. */
    public static void style(Scene scene, Window owner) {
        scene.getStylesheets().add(DialogParts.class.getResource("/dev/loveless/app/designer/designer.css").toExternalForm());
        scene.getStylesheets().add(DialogParts.class.getResource("dialogs.css").toExternalForm());
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot().getStyleClass().contains("dark")) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    /** @return a small upper-case heading */
    public static Label heading(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().add("panel-heading");
        return label;
    }

    /** @return a grey, wrapping explanation */
    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-hint");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** @return a heading with its content below */
    public static VBox section(String title, Node... content) {
        VBox box = new VBox(6);
        box.getChildren().add(heading(title));
        box.getChildren().addAll(content);
        return box;
    }

    /** @return a field with its label above */
    public static VBox field(String label, Node input) {
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        name.setLabelFor(input);
        return new VBox(3, name, input);
    }

    /** @return a cell for lines that start with "Error" or "Warning", coloured by severity and wrapped */
    public static <T> ListCell<T> severityCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("line-error", "line-warning");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String text = item.toString();
                setText(text);
                setWrapText(true);
                setPrefWidth(0);
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.startsWith("error")) {
                    getStyleClass().add("line-error");
                } else if (lower.startsWith("warning")) {
                    getStyleClass().add("line-warning");
                }
            }
        };
    }

    /** Opens a link in the browser or file manager (or copies it when that is not possible). */
    public static void openLink(String url) {
        Links.open(url);
    }
}

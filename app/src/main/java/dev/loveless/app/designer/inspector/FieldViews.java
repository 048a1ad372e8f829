package dev.loveless.app.designer.inspector;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;
import java.util.Map;

/**
 * Makes the control of one inspector field by its {@link FieldKind} and binds it to its
 * {@link FieldModel}: a label (with the help as tooltip), the control, and the field's error under
 * it. Registers each control by pointer, so that the inspector can focus a field.
 */
final class FieldViews {

    private FieldViews() {
    }

    /** @return the field's label, control and error, stacked */
    static Node field(FieldModel field, Map<String, Control> controls) {
        Label label = new Label(field.label());
        label.getStyleClass().add("field-label");
        Control control = control(field);
        control.setId("field" + field.pointer().replace('/', '-').replace("#", "").replace('.', '_').replace('$', 'S'));
        control.getProperties().put("pointer", field.pointer());
        controls.put(field.pointer(), control);
        label.setLabelFor(control);
        if (!field.help().isEmpty()) {
            Tooltip tip = tooltip(field.help());
            label.setTooltip(tip);
            control.setTooltip(tip);
        }
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        field.errorProperty().addListener((o, before, now) -> {
            if (now == null) {
                control.getStyleClass().remove("invalid");
            } else if (!control.getStyleClass().contains("invalid")) {
                control.getStyleClass().add("invalid");
            }
        });
        if (field.kind() == FieldKind.BOOLEAN) {
            return new VBox(2, control, error);
        }
        VBox box = new VBox(3, label, control, error);
        box.getStyleClass().add("form-field");
        return box;
    }

    static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        tip.setShowDelay(Duration.millis(400));
        return tip;
    }

    private static Control control(FieldModel field) {
        switch (field.kind()) {
            case MULTILINE:
            case JSON:
                return area(field);
            case BOOLEAN:
                return checkBox(field);
            case CHOICE:
            case STATE:
            case BOOLEAN_VALUE:
                return comboBox(field);
            case ERRORS:
                return errors(field);
            case READ_ONLY: {
                Label value = new Label();
                value.textProperty().bind(field.textProperty());
                value.getStyleClass().add("field-value");
                value.setWrapText(true);
                return value;
            }
            default:
                return textField(field);
        }
    }

    private static void commitOnLeave(TextInputControl input, FieldModel field) {
        input.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                field.commit();
            }
        });
    }

    private static TextField textField(FieldModel field) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(field.textProperty());
        if (field.kind() != FieldKind.TEXT && field.kind() != FieldKind.STRING_VALUE) {
            input.getStyleClass().add("code-input");
        }
        input.setPromptText(prompt(field.kind()));
        input.setEditable(field.isEditable());
        input.setOnAction(e -> field.commit());
        commitOnLeave(input, field);
        return input;
    }

    private static TextArea area(FieldModel field) {
        TextArea input = new TextArea();
        input.textProperty().bindBidirectional(field.textProperty());
        input.setWrapText(field.kind() == FieldKind.MULTILINE);
        if (field.kind() == FieldKind.JSON) {
            input.getStyleClass().add("code-input");
            input.setPromptText("{ }");
        }
        Runnable rows = () -> input.setPrefRowCount(Math.max(2, Math.min(12,
                (int) input.getText().chars().filter(c -> c == '\n').count() + 1)));
        rows.run();
        input.textProperty().addListener((o, a, b) -> rows.run());
        input.setEditable(field.isEditable());
        // Tab moves on (a form, not a code editor); Ctrl+Enter commits.
        input.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // Ctrl+Tab is the text area's own "move to the next control".
                input.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        commitOnLeave(input, field);
        return input;
    }

    private static CheckBox checkBox(FieldModel field) {
        CheckBox box = new CheckBox(field.label());
        box.setSelected("true".equals(field.text()));
        field.textProperty().addListener((o, a, now) -> box.setSelected("true".equals(now)));
        box.selectedProperty().addListener((o, a, now) -> {
            String text = now ? "true" : "";
            if (!text.equals(field.text())) {
                field.textProperty().set(text);
            }
        });
        box.setDisable(!field.isEditable());
        return box;
    }

    private static ComboBox<Option> comboBox(FieldModel field) {
        ComboBox<Option> box = new ComboBox<>();
        box.setMaxWidth(Double.MAX_VALUE);
        // Long option labels must not widen the panel: the box takes the panel's width.
        box.setMinWidth(60);
        box.setPrefWidth(120);
        Runnable fill = () -> {
            List<Option> options = field.options();
            box.getItems().setAll(options);
            select(box, field.text());
        };
        fill.run();
        box.setOnShowing(e -> fill.run());
        field.textProperty().addListener((o, a, now) -> select(box, now));
        box.valueProperty().addListener((o, a, now) -> {
            if (now != null && !now.value().equals(field.text())) {
                field.textProperty().set(now.value());
            }
        });
        box.setDisable(!field.isEditable());
        return box;
    }

    private static void select(ComboBox<Option> box, String value) {
        String wanted = value == null ? "" : value;
        for (Option option : box.getItems()) {
            if (option.value().equals(wanted)) {
                if (box.getValue() != option) {
                    box.setValue(option);
                }
                return;
            }
        }
        // A value the list does not offer (read from the file): show it as it is.
        Option unknown = new Option(wanted, wanted.isEmpty() ? "— none —" : wanted);
        box.getItems().add(unknown);
        box.setValue(unknown);
    }

    /** The ErrorEquals editor: chips for the names, and a box to pick a standard error or type one. */
    private static Control errors(FieldModel field) {
        FlowPane chips = new FlowPane(4, 4);
        chips.getStyleClass().add("chips");
        Runnable redraw = () -> {
            chips.getChildren().clear();
            for (String name : field.items()) {
                Label text = new Label(name);
                Button remove = new Button("✕");
                remove.getStyleClass().add("chip-remove");
                remove.setTooltip(new Tooltip("Remove " + name));
                remove.setOnAction(e -> field.removeItem(name));
                HBox chip = new HBox(2, text, remove);
                chip.setAlignment(Pos.CENTER_LEFT);
                chip.getStyleClass().add("chip");
                chips.getChildren().add(chip);
            }
        };
        field.items().addListener((javafx.collections.ListChangeListener<String>) c -> redraw.run());
        redraw.run();
        ComboBox<String> add = new ComboBox<>();
        add.setEditable(true);
        add.setPromptText("Add an error…");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setMinWidth(60);
        add.setPrefWidth(120);
        field.options().forEach(option -> add.getItems().add(option.value()));
        Runnable addTyped = () -> {
            String typed = add.getEditor().getText();
            if (typed != null && !typed.isBlank()) {
                field.addItem(typed);
            }
            Platform.runLater(() -> {
                add.getEditor().clear();
                add.setValue(null);
            });
        };
        add.setOnAction(e -> {
            if (add.getValue() != null && !add.getValue().isBlank()) {
                add.getEditor().setText(add.getValue());
                addTyped.run();
            }
        });
        HBox.setHgrow(add, Priority.ALWAYS);
        VBox box = new VBox(4, chips, add);
        ErrorsControl control = new ErrorsControl(box, add);
        control.setFocusTraversable(false);
        return control;
    }

    /** A control around the ErrorEquals editor, so that it can be focused and given a tooltip like the others. */
    static final class ErrorsControl extends Control {
        private final ComboBox<String> input;

        ErrorsControl(VBox content, ComboBox<String> input) {
            this.input = input;
            getChildren().add(content);
            content.prefWidthProperty().bind(widthProperty());
        }

        @Override
        public void requestFocus() {
            input.requestFocus();
        }

        @Override
        protected javafx.scene.control.Skin<?> createDefaultSkin() {
            return new javafx.scene.control.SkinBase<>(this) {
            };
        }

        ComboBox<String> input() {
            return input;
        }
    }

    private static String prompt(FieldKind kind) {
        switch (kind) {
            case PATH:
            case REFERENCE_PATH:
                return "$.…";
            case JSONATA:
                return "{% … %}";
            case INTEGER:
            case DECIMAL:
                return "not set";
            case TIMESTAMP:
                return "2025-01-31T12:00:00Z";
            default:
                return "";
        }
    }
}

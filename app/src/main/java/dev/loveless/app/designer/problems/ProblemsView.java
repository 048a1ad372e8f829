package dev.loveless.app.designer.problems;

import dev.loveless.app.designer.Icons;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.function.Consumer;

/**
 * The problems panel: severity, code, message and location of every problem, filtered by
 * severity, with the selected problem's rule explained beside the table. Double-click or Enter
 * opens a problem (selects its state and field).
 */
public final class ProblemsView {

    private final ProblemsViewModel model;
    private final TableView<Problem> table;
    private final VBox node;

    public ProblemsView(ProblemsViewModel model, Consumer<Problem> open) {
        this.model = model;
        table = new TableView<>(model.shown());
        table.setId("problems");
        table.setPlaceholder(new Label("No problems found."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Problem, Problem> severity = column("", 34);
        severity.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Problem problem, boolean empty) {
                super.updateItem(problem, empty);
                setGraphic(empty || problem == null ? null : Icons.glyph("warning", colour(problem.severity()), 15));
                setTooltip(empty || problem == null ? null : new Tooltip(problem.severity().name().toLowerCase(java.util.Locale.ROOT)));
            }
        });
        TableColumn<Problem, Problem> code = text("Code", 210, Problem::code);
        TableColumn<Problem, Problem> message = text("Message", 600, Problem::message);
        TableColumn<Problem, Problem> location = text("Location", 220, Problem::location);
        table.getColumns().add(severity);
        table.getColumns().add(code);
        table.getColumns().add(message);
        table.getColumns().add(location);
        table.setRowFactory(t -> {
            TableRow<Problem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty() && event.getClickCount() >= 1) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            Problem selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
            }
        });
        Label explanation = new Label(model.explanation(null));
        explanation.setId("problem-explanation");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("problem-explanation");
        Label explanationTitle = new Label("WHAT THE RULE CHECKS");
        explanationTitle.getStyleClass().add("panel-heading");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, problem) ->
                explanation.setText(model.explanation(problem)));
        VBox detail = new VBox(6, explanationTitle, explanation);
        detail.setPadding(new Insets(4, 8, 4, 8));
        detail.setMinWidth(180);
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(detail, false);

        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(javafx.beans.binding.Bindings.size(model.shown()).asString("PROBLEMS (%d)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, heading, spacer,
                filter("filter-errors", "Errors", Problem.Severity.ERROR, model.errorsProperty()),
                filter("filter-warnings", "Warnings", Problem.Severity.WARNING, model.warningsProperty()),
                filter("filter-infos", "Info", Problem.Severity.INFO, model.infosProperty()));
        bar.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(6, bar, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        node.setPadding(new Insets(6, 12, 8, 12));
        node.setPrefHeight(170);
        node.setMinHeight(60);
    }

    public Node node() {
        return node;
    }

    public TableView<Problem> table() {
        return table;
    }

    private ToggleButton filter(String id, String word, Problem.Severity severity, BooleanProperty shown) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.textProperty().bind(model.count(severity).asString(word + " %d"));
        button.selectedProperty().bindBidirectional(shown);
        button.setTooltip(new Tooltip("Show or hide " + word.toLowerCase(java.util.Locale.ROOT)));
        button.getStyleClass().add("severity-filter");
        return button;
    }

    private static TableColumn<Problem, Problem> column(String title, double width) {
        TableColumn<Problem, Problem> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setSortable(false);
        return column;
    }

    private static TableColumn<Problem, Problem> text(String title, double width,
                                                      java.util.function.Function<Problem, String> text) {
        TableColumn<Problem, Problem> column = column(title, width);
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Problem problem, boolean empty) {
                super.updateItem(problem, empty);
                setText(empty || problem == null ? null : text.apply(problem));
                setTooltip(empty || problem == null ? null : new Tooltip(text.apply(problem)));
            }
        });
        return column;
    }

    private static Color colour(Problem.Severity severity) {
        switch (severity) {
            case ERROR: return Color.web("#dc2626");
            case WARNING: return Color.web("#b45309");
            default: return Color.web("#2563eb");
        }
    }
}

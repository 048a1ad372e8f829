package dev.loveless.app.designer.deploy;

import dev.loveless.app.designer.common.DialogParts;
import dev.loveless.app.designer.common.Links;
import dev.loveless.exporters.deploy.StateRun;
import dev.loveless.model.StatePath;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The Run dialog: binds a {@link RunViewModel}. Left, where to run (the account, the state machine)
 * and the input JSON, checked as it is typed; right, the execution: its status, a link to it in the
 * AWS console, the states it went through, and the input and output of the step clicked here or on
 * the canvas. Not modal: the canvas beside it shows the execution's path.
 */
public final class RunDialog {

    private final RunViewModel model;
    private final Stage stage = new Stage();
    private final Consumer<StatePath> reveal;

    /**
     * @param reveal selects and shows a state on the canvas (a row clicked in the list)
     */
    public RunDialog(Window owner, RunViewModel model, Consumer<StatePath> reveal) {
        this.model = model;
        this.reveal = reveal;
        stage.initOwner(owner);
        stage.setTitle("Run");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("loveless-dialog");
        root.setLeft(start());
        root.setCenter(execution());
        root.setBottom(footer());
        Scene scene = new Scene(root, 1000, 660);
        DialogParts.style(scene, owner);
        stage.setScene(scene);
    }

    public Stage stage() {
        return stage;
    }

    public RunViewModel model() {
        return model;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private VBox start() {
        TextField machine = new TextField();
        machine.setId("run-machine");
        machine.setPromptText("a state machine name or ARN");
        machine.textProperty().bindBidirectional(model.stateMachineProperty());
        TextArea input = new TextArea();
        input.setId("run-input");
        input.getStyleClass().add("code");
        input.textProperty().bindBidirectional(model.inputProperty());
        input.setPrefRowCount(12);
        VBox.setVgrow(input, Priority.ALWAYS);
        Label inputError = new Label();
        inputError.setId("run-input-error");
        inputError.setWrapText(true);
        inputError.getStyleClass().add("line-error");
        inputError.textProperty().bind(model.inputErrorProperty());
        inputError.managedProperty().bind(model.inputErrorProperty().isNotEmpty());
        inputError.visibleProperty().bind(inputError.managedProperty());
        Label inputOk = DialogParts.hint("Valid JSON.");
        inputOk.visibleProperty().bind(model.inputErrorProperty().isEmpty());
        inputOk.managedProperty().bind(inputOk.visibleProperty());
        VBox inputBox = DialogParts.section("Input", input, inputError, inputOk);
        VBox.setVgrow(inputBox, Priority.ALWAYS);

        VBox box = new VBox(18, TargetFields.of(model.session().target(), "run"),
                DialogParts.section("State machine", machine,
                        DialogParts.hint("Filled in after a deploy from this window; a name is looked up in the account.")),
                inputBox);
        box.setPadding(new Insets(16));
        box.setPrefWidth(360);
        box.getStyleClass().add("dialog-side");
        return box;
    }

    private VBox execution() {
        Label status = new Label();
        status.setId("run-status");
        status.getStyleClass().add("run-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> model.statusProperty().get().isEmpty()
                ? "No execution yet" : model.statusProperty().get().replace('_', ' '), model.statusProperty()));
        Label arn = new Label();
        arn.getStyleClass().add("panel-hint");
        arn.textProperty().bind(model.executionArnProperty());
        Hyperlink console = new Hyperlink("Open in the AWS console");
        console.setId("run-console");
        console.visibleProperty().bind(model.consoleLinkProperty().isNotNull());
        console.managedProperty().bind(console.visibleProperty());
        console.setOnAction(e -> {
            if (!Links.open(model.consoleLinkProperty().get())) {
                console.setText("Link copied to the clipboard");
            }
        });
        Button clear = new Button("Clear Path");
        clear.disableProperty().bind(Bindings.isEmpty(model.statuses()).or(model.phaseProperty()
                .isEqualTo(RunViewModel.Phase.RUNNING)));
        clear.setOnAction(e -> model.clearPath());
        HBox header = new HBox(12, status, console, new javafx.scene.layout.Region(), clear);
        HBox.setHgrow(header.getChildren().get(2), Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);

        FlowPane legend = new FlowPane(14, 4);
        for (StateStatus value : StateStatus.values()) {
            javafx.scene.paint.Color colour = ExecutionOverlay.colourOf(value);
            Circle dot = new Circle(5, colour == null ? Color.web("#cbd5e1") : colour);
            Label label = new Label(value.label(), dot);
            label.getStyleClass().add("panel-hint");
            legend.getChildren().add(label);
        }

        TableView<StateRun> states = new TableView<>(model.states());
        states.setId("run-states");
        states.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        states.setPlaceholder(new Label("The steps the execution goes through appear here."));
        TableColumn<StateRun, StateRun> stateStatus = new TableColumn<>("Status");
        stateStatus.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue));
        stateStatus.setCellFactory(c -> new StatusCell());
        stateStatus.setPrefWidth(120);
        TableColumn<StateRun, String> name = new TableColumn<>("Step");
        name.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().name()));
        name.setPrefWidth(240);
        TableColumn<StateRun, String> entries = new TableColumn<>("Entered");
        entries.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().entries() == 1 ? "once"
                : c.getValue().entries() + " times"));
        states.getColumns().setAll(List.of(stateStatus, name, entries));
        states.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                StatePath path = model.statuses().keySet().stream().filter(p -> p.name().equals(b.name()))
                        .findFirst().orElse(null);
                if (path != null) {
                    reveal.accept(path);
                    model.inspect(path);
                }
            }
        });

        TextArea details = new TextArea();
        details.setId("run-details");
        details.setEditable(false);
        details.getStyleClass().add("code");
        details.textProperty().bind(model.detailsProperty());
        TextArea result = new TextArea();
        result.setId("run-result");
        result.setEditable(false);
        result.getStyleClass().add("code");
        result.setPrefRowCount(4);
        result.textProperty().bind(model.resultProperty());
        VBox resultBox = new VBox(6, DialogParts.heading("Execution output or error"), result);
        resultBox.visibleProperty().bind(model.resultProperty().isNotEmpty());
        resultBox.managedProperty().bind(resultBox.visibleProperty());

        VBox top = new VBox(6, DialogParts.heading("Steps"), states);
        VBox.setVgrow(states, Priority.ALWAYS);
        VBox bottom = new VBox(6, DialogParts.heading("Selected step"), details, resultBox);
        VBox.setVgrow(details, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox box = new VBox(10, header, arn, legend, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(14, 16, 12, 16));
        return box;
    }

    private HBox footer() {
        ProgressIndicator running = new ProgressIndicator();
        running.setPrefSize(18, 18);
        running.visibleProperty().bind(model.phaseProperty().isEqualTo(RunViewModel.Phase.RUNNING)
                .or(model.phaseProperty().isEqualTo(RunViewModel.Phase.STARTING)));
        Label message = new Label();
        message.setId("run-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("dialog-message");
        model.messageIsErrorProperty().addListener((o, a, error) -> {
            message.getStyleClass().remove("error");
            if (error) {
                message.getStyleClass().add("error");
            }
        });
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button unfollow = new Button("Stop Following");
        unfollow.visibleProperty().bind(model.phaseProperty().isEqualTo(RunViewModel.Phase.RUNNING));
        unfollow.managedProperty().bind(unfollow.visibleProperty());
        unfollow.setOnAction(e -> model.stopFollowing());
        Button stop = new Button("Stop Execution");
        stop.setId("run-stop");
        stop.getStyleClass().add("danger-button");
        stop.disableProperty().bind(model.phaseProperty().isNotEqualTo(RunViewModel.Phase.RUNNING));
        stop.setOnAction(e -> model.stop());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Button start = new Button("Start Execution");
        start.setId("run-start");
        start.getStyleClass().add("primary-button");
        start.setDefaultButton(false);
        start.disableProperty().bind(model.canStartProperty().not());
        start.setOnAction(e -> model.start());
        HBox footer = new HBox(10, running, message, unfollow, stop, close, start);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(10, 16, 12, 16));
        footer.getStyleClass().add("dialog-footer");
        return footer;
    }

    /** A coloured dot and the status's word. */
    private static final class StatusCell extends TableCell<StateRun, StateRun> {
        @Override
        protected void updateItem(StateRun run, boolean empty) {
            super.updateItem(run, empty);
            if (empty || run == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            StateStatus status = StateStatus.of(run.status());
            setText(status.label().toLowerCase(Locale.ROOT));
            setGraphic(new Circle(5, ExecutionOverlay.colourOf(status)));
        }
    }
}

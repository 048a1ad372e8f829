package dev.loveless.app.designer.deploy;

import dev.loveless.app.designer.common.DialogParts;
import dev.loveless.app.designer.common.Links;
import dev.loveless.exporters.deploy.ChangeAction;
import dev.loveless.exporters.deploy.LogLevel;
import dev.loveless.exporters.deploy.StateMachineType;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * The Deploy dialog: binds a {@link DeployViewModel}. Left, the settings; right, the plan (one row
 * per resource with create / update / no change, then apply's progress), the selected resource's
 * diff and the diagnostics; below, the status and the buttons. "Deploy" asks for confirmation
 * first. Not modal: the designer stays usable while AWS is read or written.
 */
public final class DeployDialog {

    private final DeployViewModel model;
    private final Stage stage = new Stage();

    public DeployDialog(Window owner, DeployViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Deploy to AWS");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("loveless-dialog");
        ScrollPane settings = new ScrollPane(settings());
        settings.setFitToWidth(true);
        settings.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        settings.setPrefWidth(390);
        settings.getStyleClass().add("dialog-side");
        root.setLeft(settings);
        root.setCenter(plan());
        root.setBottom(footer());
        Scene scene = new Scene(root, 1180, 760);
        DialogParts.style(scene, owner);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            if (model.phaseProperty().get() == DeployViewModel.Phase.PLANNING) {
                model.cancel();
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public DeployViewModel model() {
        return model;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    // ---- settings --------------------------------------------------------------------------------

    private VBox settings() {
        DeployForm form = model.form();
        TextField name = new TextField();
        name.setId("deploy-name");
        name.textProperty().bindBidirectional(model.session().nameProperty());
        ChoiceBox<StateMachineType> type = new ChoiceBox<>();
        type.getItems().setAll(StateMachineType.values());
        type.valueProperty().bindBidirectional(form.typeProperty());
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(StateMachineType value) {
                return value == null ? "" : value == StateMachineType.STANDARD
                        ? "Standard — long-running, exactly once" : "Express — short, high volume, at least once";
            }

            @Override
            public StateMachineType fromString(String text) {
                return StateMachineType.parse(text);
            }
        });
        type.setMaxWidth(Double.MAX_VALUE);
        VBox machine = DialogParts.section("State machine", DialogParts.field("Name", name),
                DialogParts.field("Type", type));

        ToggleGroup roles = new ToggleGroup();
        RadioButton managed = new RadioButton("Create and maintain a least-privilege role");
        RadioButton existing = new RadioButton("Use an existing role");
        managed.setToggleGroup(roles);
        existing.setToggleGroup(roles);
        managed.setSelected(!form.existingRoleProperty().get());
        existing.setSelected(form.existingRoleProperty().get());
        existing.selectedProperty().bindBidirectional(form.existingRoleProperty());
        TextField roleArn = new TextField();
        roleArn.setId("deploy-role-arn");
        roleArn.setPromptText("arn:aws:iam::123456789012:role/NAME");
        roleArn.textProperty().bindBidirectional(form.roleArnProperty());
        roleArn.disableProperty().bind(form.existingRoleProperty().not());
        VBox role = DialogParts.section("Execution role", managed, existing, roleArn);

        ChoiceBox<LogLevel> level = new ChoiceBox<>();
        level.getItems().setAll(LogLevel.values());
        level.valueProperty().bindBidirectional(form.logLevelProperty());
        TextField logGroup = new TextField();
        logGroup.setPromptText("arn:aws:logs:REGION:ACCOUNT:log-group:NAME");
        logGroup.textProperty().bindBidirectional(form.logGroupArnProperty());
        logGroup.disableProperty().bind(form.logLevelProperty().isEqualTo(LogLevel.OFF));
        HBox.setHgrow(logGroup, Priority.ALWAYS);
        CheckBox data = new CheckBox("Include inputs and outputs in the log");
        data.selectedProperty().bindBidirectional(form.logExecutionDataProperty());
        data.disableProperty().bind(logGroup.disableProperty());
        CheckBox tracing = new CheckBox("X-Ray tracing");
        tracing.selectedProperty().bindBidirectional(form.tracingProperty());
        VBox observability = DialogParts.section("Logging and tracing",
                DialogParts.field("CloudWatch Logs level and log group", new HBox(6, level, logGroup)), data, tracing);

        TextArea tags = new TextArea();
        tags.setId("deploy-tags");
        tags.setPrefRowCount(2);
        tags.setPromptText("team=payments\ncost-centre=42");
        tags.textProperty().bindBidirectional(form.tagsProperty());
        tags.getStyleClass().add("code");
        VBox tagBox = DialogParts.section("Tags", tags,
                DialogParts.hint("On the state machine, and on the role and activities deploy creates."));

        TextArea subs = new TextArea();
        subs.setId("deploy-substitutions");
        subs.setPrefRowCount(Math.min(6, Math.max(2, form.placeholders().size())));
        subs.textProperty().bindBidirectional(form.substitutionsProperty());
        subs.getStyleClass().add("code");
        VBox placeholders = DialogParts.section("Placeholder values", subs, DialogParts.hint(
                "One NAME=VALUE a line. ${AWS::Region}, ${AWS::AccountId} and ${AWS::Partition} are filled in;"
                        + " an Activity placeholder left empty gets its activity created."));
        placeholders.setVisible(!form.placeholders().isEmpty());
        placeholders.setManaged(!form.placeholders().isEmpty());

        CheckBox publish = new CheckBox("Publish a version when the state machine changes");
        publish.selectedProperty().bindBidirectional(form.publishProperty());
        TextField description = new TextField();
        description.setPromptText("Version description (optional)");
        description.textProperty().bindBidirectional(form.versionDescriptionProperty());
        description.disableProperty().bind(form.publishProperty().not());
        VBox versions = DialogParts.section("Versions", publish, description);

        VBox box = new VBox(18, TargetFields.of(model.session().target(), "deploy"), machine, role, observability,
                placeholders, tagBox, versions);
        box.setPadding(new Insets(16));
        box.disableProperty().bind(model.busyProperty());
        return box;
    }

    // ---- plan ------------------------------------------------------------------------------------

    private VBox plan() {
        Label banner = new Label();
        banner.setId("deploy-message");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Label.USE_PREF_SIZE);
        banner.textProperty().bind(model.messageProperty());
        Runnable style = () -> {
            banner.getStyleClass().removeAll("error", "success", "info");
            banner.getStyleClass().add(model.messageIsErrorProperty().get() ? "error"
                    : model.phaseProperty().get() == DeployViewModel.Phase.DEPLOYED ? "success" : "info");
        };
        banner.getStyleClass().add("banner");
        model.messageIsErrorProperty().addListener((o, a, b) -> style.run());
        model.phaseProperty().addListener((o, a, b) -> style.run());
        style.run();

        TableView<ChangeRow> table = new TableView<>(model.changes());
        table.setId("deploy-changes");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Press Plan to see what deploy would create or change."));
        TableColumn<ChangeRow, ChangeRow> action = new TableColumn<>("Action");
        action.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue));
        action.setCellFactory(c -> new ActionCell());
        action.setPrefWidth(105);
        TableColumn<ChangeRow, String> kind = column("Resource", r -> r.change().kind().label(), 125);
        TableColumn<ChangeRow, String> name = column("Name", r -> r.change().name(), 270);
        TableColumn<ChangeRow, ChangeRow> progress = new TableColumn<>("Progress");
        progress.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue));
        progress.setCellFactory(c -> new ProgressCell());
        progress.setPrefWidth(110);
        TableColumn<ChangeRow, String> note = column("Details", ChangeRow::note, 360);
        table.getColumns().setAll(List.of(action, kind, name, progress, note));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedChangeProperty().set(b);
            }
        });
        model.selectedChangeProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });

        TextArea diff = new TextArea();
        diff.setId("deploy-diff");
        diff.setEditable(false);
        diff.getStyleClass().add("code");
        diff.textProperty().bind(model.diffProperty());
        VBox diffBox = new VBox(6, DialogParts.heading("Diff of the selected resource"), diff);
        VBox.setVgrow(diff, Priority.ALWAYS);

        ListView<String> diagnostics = new ListView<>(model.diagnostics());
        diagnostics.setId("deploy-diagnostics");
        diagnostics.setCellFactory(v -> DialogParts.severityCell());
        diagnostics.setPlaceholder(new Label("No findings."));
        Label diagnosticsHeading = DialogParts.heading("");
        diagnosticsHeading.textProperty().bind(Bindings.createStringBinding(() ->
                "DIAGNOSTICS (AWS AND LOVELESS)" + (model.diagnostics().isEmpty() ? "" : ": " + model.diagnostics().size()),
                model.diagnostics()));
        VBox diagnosticsBox = new VBox(6, diagnosticsHeading, diagnostics);
        VBox.setVgrow(diagnostics, Priority.ALWAYS);

        SplitPane details = new SplitPane(diffBox, diagnosticsBox);
        details.setDividerPositions(0.58);
        diffBox.setPadding(new Insets(0, 8, 0, 0));
        diagnosticsBox.setPadding(new Insets(0, 0, 0, 8));
        SplitPane split = new SplitPane(new VBox(6, DialogParts.heading("Plan"), table), details);
        VBox.setVgrow(((VBox) split.getItems().get(0)).getChildren().get(1), Priority.ALWAYS);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        split.getStyleClass().add("plain-split");
        VBox box = new VBox(12, banner, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(14, 16, 12, 16));
        return box;
    }

    private static TableColumn<ChangeRow, String> column(String title, java.util.function.Function<ChangeRow, String> value,
                                                          double width) {
        TableColumn<ChangeRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** "+ create" in green, "~ update" in amber, "- delete" in red, "= no change" in grey. */
    private static final class ActionCell extends TableCell<ChangeRow, ChangeRow> {
        @Override
        protected void updateItem(ChangeRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("action-create", "action-update", "action-delete", "action-same");
            if (empty || row == null) {
                setText(null);
                return;
            }
            ChangeAction action = row.change().action();
            setText(action.symbol() + " " + action.label());
            getStyleClass().add(switch (action) {
                case CREATE -> "action-create";
                case UPDATE -> "action-update";
                case DELETE -> "action-delete";
                case NO_CHANGE -> "action-same";
            });
        }
    }

    /** Apply's progress for a row: in progress, done, failed... */
    private static final class ProgressCell extends TableCell<ChangeRow, ChangeRow> {
        @Override
        protected void updateItem(ChangeRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("status-done", "status-failed", "status-running");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(row.progress().label());
            boolean running = row.progress() == ChangeRow.Progress.RUNNING || row.progress() == ChangeRow.Progress.WAITING;
            if (running) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setPrefSize(14, 14);
                setGraphic(spinner);
            } else {
                setGraphic(null);
            }
            switch (row.progress()) {
                case DONE -> getStyleClass().add("status-done");
                case FAILED, NOT_RUN -> getStyleClass().add("status-failed");
                case RUNNING, WAITING -> getStyleClass().add("status-running");
                default -> {
                    // planned, unchanged: plain
                }
            }
        }
    }

    // ---- footer ----------------------------------------------------------------------------------

    private HBox footer() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label where = new Label();
        where.getStyleClass().add("dialog-message");
        where.textProperty().bind(Bindings.createStringBinding(() -> {
            try {
                return "Target: " + model.session().target().describe();
            } catch (IllegalArgumentException e) {
                return "Target: " + e.getMessage();
            }
        }, model.session().target().profileProperty(), model.session().target().regionProperty(),
                model.session().target().endpointProperty()));
        HBox.setHgrow(where, Priority.ALWAYS);
        where.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Button copy = new Button("Copy Plan");
        copy.disableProperty().bind(model.planProperty().isNull());
        copy.setOnAction(e -> Links.copy(model.planText()));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Button plan = new Button("Plan");
        plan.setId("deploy-plan");
        plan.disableProperty().bind(model.canPlanProperty().not());
        plan.setOnAction(e -> model.plan());
        Button deploy = new Button("Deploy…");
        deploy.setId("deploy-apply");
        deploy.getStyleClass().add("primary-button");
        deploy.setDefaultButton(true);
        deploy.disableProperty().bind(model.canDeployProperty().not());
        deploy.setOnAction(e -> confirmAndDeploy());
        HBox footer = new HBox(10, busy, where, cancel, copy, close, plan, deploy);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(10, 16, 12, 16));
        footer.getStyleClass().add("dialog-footer");
        return footer;
    }

    private void confirmAndDeploy() {
        if (model.planProperty().get() != null && !model.planProperty().get().hasChanges()) {
            model.deploy(); // nothing will be written: no need to ask
            return;
        }
        ButtonType yes = new ButtonType("Deploy", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, model.confirmation(), yes, ButtonType.CANCEL);
        alert.setHeaderText("Make these changes in AWS?");
        alert.setTitle("Deploy");
        alert.initOwner(stage);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == yes) {
            model.deploy();
        }
    }
}

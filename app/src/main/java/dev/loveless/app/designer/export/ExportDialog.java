package dev.loveless.app.designer.export;

import dev.loveless.app.designer.common.DialogParts;
import dev.loveless.exporters.files.FileOutcome;
import dev.loveless.model.io.Format;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.util.Locale;

/**
 * The Export dialog (File ▸ Export…): binds an {@link ExportViewModel}. Left, what to export and
 * its options; right, the preview: the files with what will happen to each, and the selected
 * file's content (or the picture); below, the validation problems, the status line and the
 * buttons. Window-modal, but the work runs in the background and can be cancelled.
 */
public final class ExportDialog {

    private final ExportViewModel model;
    private final Stage stage = new Stage();

    public ExportDialog(Window owner, ExportViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("loveless-dialog");
        root.setLeft(options());
        root.setCenter(preview());
        root.setBottom(footer());
        Scene scene = new Scene(root, 1080, 680);
        DialogParts.style(scene, owner);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
    }

    public Stage stage() {
        return stage;
    }

    public ExportViewModel model() {
        return model;
    }

    public void show() {
        stage.show();
    }

    private VBox options() {
        ComboBox<ExportKind> kind = new ComboBox<>();
        kind.getItems().setAll(ExportKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setId("export-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        Label description = DialogParts.hint("");
        description.textProperty().bind(Bindings.createStringBinding(
                () -> model.kindProperty().get() == null ? "" : model.kindProperty().get().description(),
                model.kindProperty()));

        TextField folder = new TextField();
        folder.setId("export-folder");
        folder.setEditable(false);
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> model.folderProperty().get() == null ? "" : model.folderProperty().get().toString(),
                model.folderProperty()));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseFolder());
        HBox folderRow = new HBox(6, folder, choose);

        // Templates
        ToggleGroup formats = new ToggleGroup();
        RadioButton yaml = new RadioButton("YAML");
        RadioButton json = new RadioButton("JSON");
        yaml.setToggleGroup(formats);
        json.setToggleGroup(formats);
        (model.templateFormatProperty().get() == Format.JSON ? json : yaml).setSelected(true);
        formats.selectedToggleProperty().addListener((o, a, b) ->
                model.templateFormatProperty().set(b == json ? Format.JSON : Format.YAML));
        CheckBox logging = new CheckBox("CloudWatch logging (a log group and a LogLevel parameter)");
        logging.selectedProperty().bindBidirectional(model.loggingProperty());
        CheckBox tracing = new CheckBox("X-Ray tracing");
        tracing.selectedProperty().bindBidirectional(model.tracingProperty());
        VBox template = DialogParts.section("Template", new HBox(14, yaml, json), logging, tracing);
        showWhen(template, () -> model.kindProperty().get() != null && model.kindProperty().get().isTemplate());

        // Java
        TextField pkg = new TextField();
        pkg.setId("export-package");
        pkg.textProperty().bindBidirectional(model.javaPackageProperty());
        VBox java = DialogParts.section("Java project", DialogParts.field("Base package", pkg));
        showWhen(java, () -> model.kindProperty().get() == ExportKind.JAVA);

        // Pictures
        CheckBox selectionOnly = new CheckBox("Only the selected steps");
        selectionOnly.selectedProperty().bindBidirectional(model.selectionOnlyProperty());
        selectionOnly.setDisable(!model.hasSelection());
        Label noSelection = DialogParts.hint(model.hasSelection() ? "" : "Select steps on the canvas to export only them.");
        VBox picture = DialogParts.section("Picture", selectionOnly, noSelection);
        showWhen(picture, () -> model.kindProperty().get() != null && model.kindProperty().get().isImage());

        CheckBox overwrite = new CheckBox("Replace files Loveless did not write");
        overwrite.setId("export-overwrite");
        overwrite.selectedProperty().bindBidirectional(model.overwriteProperty());

        VBox box = new VBox(14,
                DialogParts.section("Format", kind, description),
                DialogParts.section("Folder", folderRow, overwrite),
                template, java, picture, new Region(), problems());
        VBox.setVgrow(box.getChildren().get(box.getChildren().size() - 1), Priority.ALWAYS);
        box.setPadding(new Insets(16));
        box.setPrefWidth(380);
        box.getStyleClass().add("dialog-side");
        return box;
    }

    private VBox problems() {
        Label heading = DialogParts.heading("");
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.problems().isEmpty()
                ? "VALIDATION: NO PROBLEMS" : "VALIDATION: " + model.problems().size()
                + (model.problems().size() == 1 ? " PROBLEM" : " PROBLEMS"), model.problems()));
        ListView<String> list = new ListView<>(model.problems());
        list.setId("export-problems");
        list.setPrefHeight(120);
        list.setCellFactory(v -> DialogParts.severityCell());
        list.managedProperty().bind(Bindings.isNotEmpty(model.problems()));
        list.visibleProperty().bind(list.managedProperty());
        CheckBox anyway = new CheckBox("Export anyway, despite the errors");
        anyway.setId("export-anyway");
        anyway.selectedProperty().bindBidirectional(model.exportAnywayProperty());
        anyway.visibleProperty().bind(model.errorCountProperty().greaterThan(0));
        anyway.managedProperty().bind(anyway.visibleProperty());
        VBox box = new VBox(6, heading, list, anyway);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private SplitPane preview() {
        TableView<FileRow> table = new TableView<>(model.files());
        table.setId("export-files");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FileRow, String> path = new TableColumn<>("File");
        path.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().path()));
        path.setPrefWidth(330);
        path.setCellFactory(c -> {
            javafx.scene.control.TableCell<FileRow, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                    setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
                }
            };
            cell.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            return cell;
        });
        TableColumn<FileRow, String> action = new TableColumn<>("What happens");
        action.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().actionText()));
        action.setPrefWidth(200);
        TableColumn<FileRow, String> owner = new TableColumn<>("Owner");
        owner.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().ownerText()));
        owner.setPrefWidth(120);
        TableColumn<FileRow, String> size = new TableColumn<>("Size");
        size.setCellValueFactory(c -> Bindings.createStringBinding(() -> size(c.getValue().size())));
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().setAll(java.util.List.of(path, action, owner, size));
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(FileRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("row-conflict", "row-kept", "row-same", "row-change");
                if (!empty && row != null) {
                    getStyleClass().add(styleOf(row.action()));
                }
            }
        });
        table.setPlaceholder(new Label("No files."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedFileProperty().set(b);
            }
        });
        model.selectedFileProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
        });

        TextArea text = new TextArea();
        text.setId("export-content");
        text.setEditable(false);
        text.getStyleClass().add("code");
        text.textProperty().bind(model.contentProperty());
        ImageView picture = new ImageView();
        picture.setPreserveRatio(true);
        ScrollPane pictureBox = new ScrollPane(new StackPane(picture));
        pictureBox.setFitToWidth(true);
        pictureBox.setFitToHeight(true);
        model.imageProperty().addListener((o, a, bytes) -> picture.setImage(bytes == null ? null
                : new Image(new ByteArrayInputStream(bytes))));
        picture.fitWidthProperty().bind(pictureBox.widthProperty().subtract(24));
        pictureBox.visibleProperty().bind(model.imageProperty().isNotNull());
        text.visibleProperty().bind(model.imageProperty().isNull());
        Label heading = DialogParts.heading("");
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.selectedFileProperty().get() == null
                ? "CONTENT" : "CONTENT OF " + model.selectedFileProperty().get().path().toUpperCase(Locale.ROOT),
                model.selectedFileProperty()));
        VBox content = new VBox(6, heading, new StackPane(text, pictureBox));
        VBox.setVgrow(content.getChildren().get(1), Priority.ALWAYS);
        content.setPadding(new Insets(10, 12, 12, 12));

        Label filesHeading = DialogParts.heading("FILES");
        ListView<String> warnings = new ListView<>(model.warnings());
        warnings.setPrefHeight(70);
        warnings.managedProperty().bind(Bindings.isNotEmpty(model.warnings()));
        warnings.visibleProperty().bind(warnings.managedProperty());
        warnings.setCellFactory(v -> DialogParts.severityCell());
        VBox files = new VBox(6, filesHeading, table, warnings);
        VBox.setVgrow(table, Priority.ALWAYS);
        files.setPadding(new Insets(12, 12, 10, 12));

        SplitPane split = new SplitPane(files, content);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private HBox footer() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(Bindings.createBooleanBinding(() ->
                model.phaseProperty().get() == ExportViewModel.Phase.PREVIEWING
                        || model.phaseProperty().get() == ExportViewModel.Phase.WRITING, model.phaseProperty()));
        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("dialog-message");
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Button export = new Button("Export");
        export.setId("export-button");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(e -> model.export());
        Button open = new Button("Show Folder");
        open.visibleProperty().bind(model.phaseProperty().isEqualTo(ExportViewModel.Phase.DONE));
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> DialogParts.openLink(model.folderProperty().get().toUri().toString()));
        HBox footer = new HBox(10, progress, message, open, close, export);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(10, 16, 12, 16));
        footer.getStyleClass().add("dialog-footer");
        return footer;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export into");
        File current = model.folderProperty().get() == null ? null : model.folderProperty().get().toFile();
        while (current != null && !current.isDirectory()) {
            current = current.getParentFile();
        }
        if (current != null && Files.isDirectory(current.toPath())) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            model.chooseFolder(chosen.toPath());
        }
    }

    private void showWhen(Region node, java.util.function.BooleanSupplier condition) {
        Runnable update = () -> {
            node.setVisible(condition.getAsBoolean());
            node.setManaged(condition.getAsBoolean());
        };
        model.kindProperty().addListener((o, a, b) -> update.run());
        update.run();
    }

    private static String styleOf(FileOutcome.Action action) {
        return switch (action) {
            case CONFLICT -> "row-conflict";
            case KEPT, KEPT_STALE -> "row-kept";
            case UNCHANGED -> "row-same";
            default -> "row-change";
        };
    }

    private static String size(long bytes) {
        if (bytes < 0) {
            return "";
        }
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}

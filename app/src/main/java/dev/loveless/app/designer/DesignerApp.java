package dev.loveless.app.designer;

import dev.loveless.model.StateMachine;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.ParsedDefinition;
import dev.loveless.model.samples.Samples;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The designer window. For now it opens a definition (or the built-in sample) and lists its
 * states with their type and worker; the canvas comes with the designer issue.
 */
public final class DesignerApp extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        String name = file == null ? Samples.SAMPLE_NAME : String.valueOf(file.getFileName());

        VBox content = new VBox(12);
        content.setPadding(new Insets(24));
        Label title = new Label("Loveless");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label tagline = new Label("Design AWS Step Functions workflows: Lambda first, Activity when a step outgrows Lambda.");
        content.getChildren().addAll(title, tagline);
        try {
            ParsedDefinition definition = file == null ? Samples.sample() : new AslReader().read(file);
            StateMachine machine = definition.machine();
            Label summary = new Label(name + " — " + StateTree.paths(machine).size() + " states, starts at \""
                    + machine.startAt() + "\"");
            summary.setStyle("-fx-font-size: 15px;");
            ListView<String> states = new ListView<>();
            states.getItems().setAll(describe(machine));
            content.getChildren().addAll(summary, states);
        } catch (AslParseException e) {
            content.getChildren().add(new Label(name + " cannot be opened: " + e.getMessage()));
        } catch (IOException e) {
            content.getChildren().add(new Label(name + " cannot be read: " + e.getMessage()));
        }
        stage.setTitle(name + " — Loveless");
        stage.setScene(new Scene(new BorderPane(content), 900, 600));
        stage.show();
        StartupProbe.attach(stage.getScene());
    }

    private static List<String> describe(StateMachine machine) {
        List<String> lines = new ArrayList<>();
        StateTree.walk(machine, (path, state) -> {
            String type = state.type() == null ? "Unknown type" : state.type().aslName();
            String worker = state instanceof TaskState task ? " · " + task.worker().kind() : "";
            lines.add("  ".repeat(path.depth()) + path.name() + " — " + type + worker);
        });
        return lines;
    }
}

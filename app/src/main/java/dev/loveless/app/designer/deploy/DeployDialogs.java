package dev.loveless.app.designer.deploy;

import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.app.designer.canvas.DiagramCanvas;
import dev.loveless.exporters.FileNames;
import dev.loveless.exporters.deploy.AwsProfile;
import dev.loveless.exporters.deploy.RetrySettings;
import dev.loveless.exporters.deploy.Sleeper;
import dev.loveless.exporters.deploy.aws.LocalProfiles;
import dev.loveless.exporters.diagram.Theme;
import dev.loveless.model.StatePath;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.stage.Stage;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A designer window's Deploy and Run dialogs: opens each (one of each at a time, brought to the
 * front when already open), shares the target and the last deployed state machine between them,
 * and, while the Run dialog is open, draws the execution's path on the canvas and shows the input
 * and output of the step the user clicks there.
 */
public final class DeployDialogs {

    private final Stage owner;
    private final EditorViewModel editor;
    private final DiagramCanvas canvas;
    private final Supplier<Theme> theme;
    private final GatewayFactory gateways;
    private final RetrySettings retry;
    private final Duration pollInterval;
    private final Supplier<List<AwsProfile>> profiles;
    /** Made when a dialog first needs it: reading the AWS profile files stays out of start-up. */
    private TargetViewModel target;
    private DeploySession session;
    private DeployDialog deployDialog;
    private RunDialog runDialog;

    /** The real ones: profiles from the AWS files, the SDK, AWS's retries, a poll a second. */
    public DeployDialogs(Stage owner, EditorViewModel editor, DiagramCanvas canvas, Supplier<Theme> theme) {
        this(owner, editor, canvas, theme, GatewayFactory.SDK, LocalProfiles::list, RetrySettings.DEFAULT,
                Duration.ofSeconds(1));
    }

    public DeployDialogs(Stage owner, EditorViewModel editor, DiagramCanvas canvas, Supplier<Theme> theme,
                         GatewayFactory gateways, Supplier<List<AwsProfile>> profiles, RetrySettings retry,
                         Duration pollInterval) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.editor = Objects.requireNonNull(editor, "editor");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.gateways = Objects.requireNonNull(gateways, "gateways");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    private TargetViewModel target() {
        if (target == null) {
            target = new TargetViewModel(profiles);
        }
        return target;
    }

    /** The window's session (target, name, last deployed state machine). */
    public DeploySession session() {
        if (session == null) {
            String workflow = FileNames.workflowNameOf(editor.displayNameProperty().get());
            session = new DeploySession(target(), DeploySession.machineNameOf(workflow));
        }
        return session;
    }

    /** Opens the Deploy dialog on the workflow as it is now. */
    public DeployDialog deploy() {
        if (deployDialog != null && deployDialog.stage().isShowing()) {
            deployDialog.show();
            return deployDialog;
        }
        target().reloadProfiles();
        DeployViewModel model = new DeployViewModel(editor.document().machine(), session(), gateways, retry, Sleeper.REAL);
        deployDialog = new DeployDialog(owner, model);
        deployDialog.show();
        return deployDialog;
    }

    /** Opens the Run dialog; while it is open the canvas shows the execution's path. */
    public RunDialog run() {
        if (runDialog != null && runDialog.stage().isShowing()) {
            runDialog.show();
            return runDialog;
        }
        target().reloadProfiles();
        RunViewModel model = new RunViewModel(editor.document().machine(), session(), gateways, pollInterval,
                Sleeper.REAL);
        ExecutionOverlay overlay = new ExecutionOverlay(model.statuses(), theme);
        MapChangeListener<StatePath, StateStatus> redraw = change -> canvas.requestDraw();
        model.statuses().addListener(redraw);
        SetChangeListener<StatePath> clicked = change -> {
            StatePath single = editor.singleSelection();
            if (single != null) {
                model.inspect(single);
            }
        };
        editor.selection().addListener(clicked);
        canvas.setOverlay(overlay);
        runDialog = new RunDialog(owner, model, path -> {
            editor.selectOnly(path);
            canvas.reveal(path);
        });
        runDialog.stage().setOnHidden(e -> {
            model.stopFollowing();
            editor.selection().removeListener(clicked);
            model.statuses().removeListener(redraw);
            canvas.setOverlay(null);
        });
        if (editor.singleSelection() != null) {
            model.inspect(editor.singleSelection());
        }
        runDialog.show();
        return runDialog;
    }
}

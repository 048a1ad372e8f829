package dev.loveless.app.designer;

import dev.loveless.app.designer.deploy.DeployDialog;
import dev.loveless.app.designer.deploy.DeployViewModel;
import dev.loveless.app.designer.deploy.RunDialog;
import dev.loveless.app.designer.deploy.RunViewModel;
import dev.loveless.app.designer.deploy.SampleDeploy;
import dev.loveless.app.designer.export.ExportDialog;
import dev.loveless.app.designer.export.ExportDialogs;
import dev.loveless.app.designer.export.ExportKind;
import dev.loveless.app.designer.export.ExportViewModel;
import dev.loveless.exporters.deploy.FakeAws;
import dev.loveless.model.StatePath;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Takes the documentation's pictures of the Export, Deploy and Run dialogs and of an execution's
 * path on the canvas, against the loopback AWS, on a real (X) display:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... dev.loveless.app.designer.DialogScreenshots docs/images}.
 * Each picture is the screen ({@code import -window root}), cropped to the window shown.
 */
public final class DialogScreenshots {

    private DialogScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("loveless-shots");
        Files.writeString(home.resolve("config"), """
                [default]
                region = eu-west-1
                [profile dev]
                sso_session = corp
                sso_account_id = 123456789012
                sso_role_name = Developer
                region = us-east-1
                [profile prod-deployer]
                role_arn = arn:aws:iam::210987654321:role/Deployer
                source_profile = default
                [sso-session corp]
                sso_region = us-east-1
                sso_start_url = https://corp.awsapps.com/start
                """);
        System.setProperty("aws.configFile", home.resolve("config").toString());
        System.setProperty("aws.sharedCredentialsFile", home.resolve("credentials").toString());
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "test-secret");
        System.setProperty("loveless.width", "1600");
        System.setProperty("loveless.height", "1000");
        FakeAws aws = new FakeAws();
        aws.onStart = execution -> {
            aws.event(execution, "TaskStateEntered", "stateEnteredEventDetails", "Check upload",
                    "{\"videoKey\": \"uploads/holiday.mov\"}");
            aws.event(execution, "TaskStateExited", "stateExitedEventDetails", "Check upload",
                    "{\"videoKey\": \"uploads/holiday.mov\", \"video\": {\"codec\": \"prores\", \"durationSeconds\": 312}}");
            aws.event(execution, "ChoiceStateEntered", "stateEnteredEventDetails", "Already web-ready?",
                    "{\"videoKey\": \"uploads/holiday.mov\", \"video\": {\"codec\": \"prores\", \"durationSeconds\": 312}}");
            aws.event(execution, "ChoiceStateExited", "stateExitedEventDetails", "Already web-ready?",
                    "{\"videoKey\": \"uploads/holiday.mov\", \"video\": {\"codec\": \"prores\", \"durationSeconds\": 312}}");
            aws.event(execution, "TaskStateEntered", "stateEnteredEventDetails", "Transcode on GPU",
                    "{\"videoKey\": \"uploads/holiday.mov\", \"video\": {\"codec\": \"prores\", \"durationSeconds\": 312}}");
            ((ObjectNode) aws.event(execution, "ActivityFailed", "activityFailedEventDetails", null, null)
                    .get("activityFailedEventDetails")).put("error", "GpuUnavailable")
                    .put("cause", "No GPU worker polled the activity within its heartbeat.");
            aws.event(execution, "TaskStateEntered", "stateEnteredEventDetails", "Tell the uploader",
                    "{\"videoKey\": \"uploads/holiday.mov\", \"error\": {\"Error\": \"GpuUnavailable\"}}");
        };

        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        AtomicReference<DesignerWindow> window = new AtomicReference<>();
        FxThread.run(() -> {
            Stage stage = new Stage();
            window.set(DesignerWindow.openSample(stage));
            stage.setX(0);
            stage.setY(0);
        });
        Thread.sleep(2500);
        DesignerWindow designer = window.get();
        Stage main = (Stage) designer.canvas().getScene().getWindow();

        // Export: the Java project, with a handler selected.
        ExportDialog export = FxThread.call(() -> ExportDialogs.open(main, designer.model()));
        ExportViewModel exportModel = export.model();
        FxThread.run(() -> exportModel.kindProperty().set(ExportKind.JAVA));
        FxThread.await("the preview", () -> exportModel.phaseProperty().get() == ExportViewModel.Phase.READY);
        FxThread.run(() -> exportModel.selectedFileProperty().set(exportModel.files().stream()
                .filter(row -> row.ownership() == dev.loveless.exporters.Ownership.USER_OWNED
                        && row.path().endsWith(".java") && !row.path().contains("/test/")).findFirst().orElse(exportModel.files().get(0))));
        shoot(export.stage(), out.resolve("export-dialog.png"));
        FxThread.run(() -> export.stage().close());

        // Deploy: the plan, then the report.
        DeployDialog deploy = FxThread.call(() -> designer.deployDialogs().deploy());
        DeployViewModel deployModel = deploy.model();
        FxThread.run(() -> {
            deployModel.session().target().profileProperty().set("dev");
            deployModel.plan();
        });
        FxThread.await("the SSO failure", () -> deployModel.phaseProperty().get() != DeployViewModel.Phase.PLANNING);
        shoot(deploy.stage(), out.resolve("deploy-sso-expired.png"));
        FxThread.run(() -> {
            deployModel.session().target().profileProperty().set("");
            deployModel.session().target().regionProperty().set("us-east-1");
            deployModel.session().target().endpointProperty().set(aws.endpoint().toString());
            deployModel.form().substitutionsProperty().set(SampleDeploy.SUBSTITUTIONS.strip());
            deployModel.form().tagsProperty().set("team=video\ncost-centre=media-42");
            deployModel.form().tracingProperty().set(true);
            deployModel.plan();
        });
        FxThread.await("the plan", () -> deployModel.phaseProperty().get() != DeployViewModel.Phase.PLANNING);
        shoot(deploy.stage(), out.resolve("deploy-plan.png"));
        FxThread.run(deployModel::deploy);
        FxThread.await("the deploy", () -> deployModel.phaseProperty().get() != DeployViewModel.Phase.DEPLOYING);
        FxThread.run(() -> deployModel.selectedChangeProperty().set(deployModel.changes().get(1)));
        shoot(deploy.stage(), out.resolve("deploy-report.png"));
        FxThread.run(() -> deploy.stage().close());

        // Run: an execution whose GPU transcode failed and whose catch is telling the uploader.
        RunDialog run = FxThread.call(() -> designer.deployDialogs().run());
        RunViewModel runModel = run.model();
        FxThread.run(() -> {
            runModel.inputProperty().set("{\n  \"videoKey\": \"uploads/holiday.mov\",\n  \"uploader\": \"ana@example.com\"\n}");
            runModel.start();
        });
        FxThread.await("the path", () -> runModel.states().size() == 4);
        FxThread.run(() -> {
            StatePath transcode = StatePath.of("Transcode on GPU");
            designer.model().selectOnly(transcode);
            main.setWidth(1600);
            run.stage().setX(1600 - run.stage().getWidth() - 10);
            run.stage().setY(120);
        });
        shoot(run.stage(), out.resolve("run-dialog.png"));
        FxThread.run(() -> {
            run.stage().setX(3000); // off screen: the canvas alone, with the path
            designer.model().selectOnly(null);
            designer.canvas().fitAll();
        });
        shoot(main, out.resolve("canvas-execution-path.png"));
        FxThread.run(runModel::stopFollowing);
        aws.close();
        Platform.exit();
        System.exit(0);
    }

    private static void shoot(Stage stage, Path file) throws Exception {
        Thread.sleep(1500);
        int[] box = FxThread.call(() -> new int[] {(int) stage.getX(), (int) stage.getY(),
            (int) stage.getWidth(), (int) stage.getHeight()});
        Process process = new ProcessBuilder("import", "-window", "root", "-crop",
                box[2] + "x" + box[3] + "+" + Math.max(0, box[0]) + "+" + Math.max(0, box[1]), "+repage",
                file.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("wrote " + file);
    }
}

package dev.loveless.app.designer.deploy;

import dev.loveless.app.designer.common.Background;
import dev.loveless.exporters.deploy.Applier;
import dev.loveless.exporters.deploy.ApplyReport;
import dev.loveless.exporters.deploy.AwsException;
import dev.loveless.exporters.deploy.AwsGateway;
import dev.loveless.exporters.deploy.AwsTarget;
import dev.loveless.exporters.deploy.ChangeAction;
import dev.loveless.exporters.deploy.DeployListener;
import dev.loveless.exporters.deploy.DeploySettings;
import dev.loveless.exporters.deploy.Diagnostic;
import dev.loveless.exporters.deploy.Plan;
import dev.loveless.exporters.deploy.PlanText;
import dev.loveless.exporters.deploy.PlannedChange;
import dev.loveless.exporters.deploy.Planner;
import dev.loveless.exporters.deploy.ResourceKind;
import dev.loveless.exporters.deploy.RetrySettings;
import dev.loveless.exporters.deploy.Sleeper;
import dev.loveless.exporters.deploy.StateMachineType;
import dev.loveless.exporters.deploy.StepResult;
import dev.loveless.exporters.deploy.ValidatorCheck;
import dev.loveless.model.StateMachine;
import dev.loveless.model.validation.WorkflowType;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The state and logic of the Deploy dialog. The user fills in the settings (target, name, type,
 * role, logging, tracing, tags, placeholder values); {@link #plan()} reads the account and shows,
 * per resource, create / update / no change with the definition's diff, and the diagnostics of
 * AWS's validation and Loveless's; {@link #deploy()} (after the view's confirmation) applies that
 * plan, row by row as {@link DeployListener} reports, and shows the report. Changing a setting
 * after planning discards the plan: what is deployed is always what was shown.
 *
 * <p>AWS's failures arrive as {@link AwsException} whose message already says what to do
 * (AccessDenied, a missing profile, an expired SSO session, a wrong region); they are shown as
 * they are. Nothing here reads, stores or logs a credential.
 */
public final class DeployViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DeployViewModel.class);

    /** Where the dialog stands. */
    public enum Phase {
        /** Settings being edited; no plan (or a discarded one). */
        EDITING,
        /** Reading the account. */
        PLANNING,
        /** A plan is shown. */
        PLANNED,
        /** Applying the plan. */
        DEPLOYING,
        /** Applied, or nothing to do. */
        DEPLOYED,
        /** Planning or applying failed: see the message (and, after apply, the rows). */
        FAILED
    }

    private final StateMachine machine;
    private final DeploySession session;
    private final GatewayFactory gateways;
    private final RetrySettings retry;
    private final Sleeper sleeper;
    private final Background background = new Background("loveless-deploy");

    private final DeployForm form;

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.EDITING);
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private final ObjectProperty<ChangeRow> selectedChange = new SimpleObjectProperty<>(this, "selectedChange");
    private final StringProperty diff = new SimpleStringProperty(this, "diff", "");
    private final ObservableList<String> diagnostics = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message",
            "Plan first: nothing changes in the account until you deploy.");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(this, "messageIsError");
    private final StringProperty report = new SimpleStringProperty(this, "report", "");
    private final BooleanBinding canPlan;
    private final BooleanBinding canDeploy;
    private final BooleanBinding busy;
    private Background.Job job;

    /**
     * @param machine  the workflow to deploy (a snapshot taken when the dialog opens)
     * @param session  the window's target, name and last deployed state machine
     * @param gateways opens connections to AWS
     * @param retry    how hard to retry (tests: quickly)
     * @param sleeper  how to wait for IAM (tests: not at all)
     */
    public DeployViewModel(StateMachine machine, DeploySession session, GatewayFactory gateways, RetrySettings retry,
                           Sleeper sleeper) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.session = Objects.requireNonNull(session, "session");
        this.gateways = Objects.requireNonNull(gateways, "gateways");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.form = new DeployForm(machine);
        busy = Bindings.createBooleanBinding(() -> phase.get() == Phase.PLANNING || phase.get() == Phase.DEPLOYING, phase);
        canPlan = busy.not();
        canDeploy = Bindings.createBooleanBinding(() -> phase.get() == Phase.PLANNED && plan.get() != null
                && !plan.get().hasErrors(), phase, plan);
        selectedChange.addListener((o, was, now) -> diff.set(diffOf(now)));
        TargetViewModel target = session.target();
        List<Observable> settings = new java.util.ArrayList<>(form.observables());
        settings.addAll(List.of(session.nameProperty(), target.profileProperty(), target.regionProperty(),
                target.endpointProperty()));
        for (Observable setting : settings) {
            setting.addListener(o -> settingsChanged());
        }
    }

    // ---- settings --------------------------------------------------------------------------------

    public DeploySession session() {
        return session;
    }

    /** The settings the user fills in. */
    public DeployForm form() {
        return form;
    }

    // ---- results ---------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /** The plan shown, or {@code null}. */
    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan;
    }

    /** One row per resource: the plan, then apply's progress. */
    public ObservableList<ChangeRow> changes() {
        return changes;
    }

    public ObjectProperty<ChangeRow> selectedChangeProperty() {
        return selectedChange;
    }

    /** The selected resource's diff (the definition's, the policy's), or why there is none. */
    public ReadOnlyStringProperty diffProperty() {
        return diff;
    }

    /** AWS's, Loveless's and the planner's findings, one line each, errors first. */
    public ObservableList<String> diagnostics() {
        return diagnostics;
    }

    /** Where things stand, or what went wrong and what to do. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    /** After apply: the report, one line per resource and the outcome. */
    public ReadOnlyStringProperty reportProperty() {
        return report;
    }

    public BooleanBinding canPlanProperty() {
        return canPlan;
    }

    public BooleanBinding canDeployProperty() {
        return canDeploy;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    /** @return the question the view asks before deploying */
    public String confirmation() {
        Plan current = plan.get();
        if (current == null) {
            return "";
        }
        long writes = current.changes().stream().filter(c -> c.action().writes()).count();
        return "Deploy " + current.settings().name() + " to account " + current.identity().account() + " in "
                + current.identity().region() + "? " + writes + (writes == 1 ? " change" : " changes") + " will be made: "
                + current.count(ChangeAction.CREATE) + " to create, " + current.count(ChangeAction.UPDATE)
                + " to update, " + current.count(ChangeAction.DELETE) + " to delete.";
    }

    /** @return the plan as text (Terraform-like), to copy */
    public String planText() {
        return plan.get() == null ? "" : PlanText.plan(plan.get());
    }

    // ---- commands --------------------------------------------------------------------------------

    /** Reads the account and makes a plan, in the background. */
    public void plan() {
        if (!canPlan.get()) {
            return;
        }
        AwsTarget target;
        DeploySettings settings;
        try {
            target = session.target().target();
            settings = settings();
        } catch (IllegalArgumentException e) {
            error(sentence(e.getMessage()));
            return;
        }
        phase.set(Phase.PLANNING);
        info("Reading account " + session.target().describe() + "…");
        report.set("");
        StateMachineType chosen = form.typeProperty().get();
        job = background.run(() -> {
            try (AwsGateway gateway = gateways.open(target)) {
                return new Planner(gateway, ValidatorCheck.forType(WorkflowType.parse(chosen.name())))
                        .plan(machine, settings);
            }
        }, this::showPlan, this::failed);
    }

    /** Applies the plan shown (the view has asked for confirmation), in the background, row by row. */
    public void deploy() {
        Plan current = plan.get();
        if (!canDeploy.get() || current == null) {
            return;
        }
        AwsTarget target;
        try {
            target = session.target().target();
        } catch (IllegalArgumentException e) {
            error(sentence(e.getMessage()));
            return;
        }
        phase.set(Phase.DEPLOYING);
        info(current.hasChanges() ? "Deploying " + current.settings().name() + "…" : "Checking that nothing changed…");
        StateMachineType chosen = form.typeProperty().get();
        Background.Job[] self = new Background.Job[1];
        DeployListener listener = new DeployListener() {
            @Override
            public void started(PlannedChange change) {
                Background.onUi(self[0], () -> update(change, ChangeRow.Progress.RUNNING, "in progress…"));
            }

            @Override
            public void finished(StepResult result) {
                Background.onUi(self[0], () -> update(result.change(), progressOf(result.status()), result.message()));
            }

            @Override
            public void waiting(String text) {
                Background.onUi(self[0], () -> {
                    changes.replaceAll(row -> row.progress() == ChangeRow.Progress.RUNNING
                            ? row.with(ChangeRow.Progress.WAITING, text) : row);
                    info(text);
                });
            }
        };
        job = background.run(() -> {
            try (AwsGateway gateway = gateways.open(target)) {
                Planner planner = new Planner(gateway, ValidatorCheck.forType(WorkflowType.parse(chosen.name())));
                return new Applier(gateway, planner, retry, sleeper).apply(current, listener);
            }
        }, this::showReport, this::failed);
        self[0] = job;
    }

    /** Stops planning, or deploying after the step in progress (what is done stays done). */
    public void cancel() {
        if (job != null && !job.isFinished()) {
            boolean deploying = phase.get() == Phase.DEPLOYING;
            job.cancel();
            job = null;
            phase.set(deploying ? Phase.FAILED : Phase.EDITING);
            if (deploying) {
                changes.replaceAll(row -> row.progress() == ChangeRow.Progress.RUNNING
                        || row.progress() == ChangeRow.Progress.WAITING
                        || row.progress() == ChangeRow.Progress.PLANNED && row.change().action().writes()
                        ? row.with(ChangeRow.Progress.NOT_RUN, "cancelled") : row);
                error("Deploy cancelled. A change in progress may have been made; plan again to see where the"
                        + " account stands, and deploy again to complete it.");
            } else {
                info("Planning cancelled.");
            }
        }
    }

    // ---- internals -------------------------------------------------------------------------------

    /** @return the settings the fields describe; @throws IllegalArgumentException with the user's words */
    DeploySettings settings() {
        return form.settings(session.nameProperty().get());
    }

    private void settingsChanged() {
        if (phase.get() == Phase.PLANNED || phase.get() == Phase.DEPLOYED
                || phase.get() == Phase.FAILED && plan.get() != null) {
            plan.set(null);
            changes.clear();
            diagnostics.clear();
            phase.set(Phase.EDITING);
            info("The settings changed: plan again to see what deploy would do.");
        }
    }

    private void showPlan(Plan made) {
        job = null;
        plan.set(made);
        changes.setAll(made.changes().stream().map(ChangeRow::planned).toList());
        diagnostics.setAll(made.diagnostics().stream().sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
                .map(DeployViewModel::describe).toList());
        // The definition's diff first: it is what the user changed in the designer.
        selectedChange.set(changes.stream().filter(row -> row.change().kind() == ResourceKind.STATE_MACHINE)
                .findFirst().orElse(changes.isEmpty() ? null : changes.get(0)));
        phase.set(Phase.PLANNED);
        String summary = PlanText.summary(made);
        if (made.hasErrors()) {
            error(summary + " Fix the errors listed below and plan again.");
        } else {
            info(summary);
        }
    }

    private void showReport(ApplyReport done) {
        job = null;
        for (StepResult step : done.steps()) {
            update(step.change(), progressOf(step.status()), step.message());
        }
        report.set(PlanText.report(done));
        if (done.outcome().converged()) {
            session.deployedArnProperty().set(done.stateMachineArn());
            phase.set(Phase.DEPLOYED);
            info(done.message());
        } else {
            phase.set(Phase.FAILED);
            error(done.message());
        }
    }

    private void failed(Throwable error) {
        job = null;
        phase.set(plan.get() != null && phase.get() == Phase.DEPLOYING ? Phase.FAILED : Phase.EDITING);
        if (error instanceof AwsException aws) {
            error(aws.getMessage());
        } else if (error instanceof IllegalArgumentException) {
            error(sentence(error.getMessage()));
        } else if (error instanceof InterruptedException) {
            error("Interrupted.");
        } else {
            LOG.warn("deploy failed", error);
            error("Unexpected failure: " + error + ". Nothing more was done; the log has the details.");
        }
    }

    private void update(PlannedChange change, ChangeRow.Progress progress, String note) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).sameResource(change)) {
                ChangeRow row = changes.get(i).with(progress, note);
                boolean wasSelected = selectedChange.get() == changes.get(i);
                changes.set(i, row);
                if (wasSelected) {
                    selectedChange.set(row);
                }
                return;
            }
        }
    }

    private static ChangeRow.Progress progressOf(StepResult.Status status) {
        return switch (status) {
            case DONE -> ChangeRow.Progress.DONE;
            case FAILED -> ChangeRow.Progress.FAILED;
            case NOT_RUN -> ChangeRow.Progress.NOT_RUN;
            case UNCHANGED -> ChangeRow.Progress.UNCHANGED;
        };
    }

    private String diffOf(ChangeRow row) {
        if (row == null) {
            return "";
        }
        PlannedChange change = row.change();
        if (change.diff() != null && !change.diff().isEmpty()) {
            return change.diff();
        }
        if (change.kind() == ResourceKind.STATE_MACHINE && change.action() == ChangeAction.CREATE && plan.get() != null) {
            return "New state machine " + change.name() + "; the definition deploy will send:\n\n"
                    + plan.get().definition().json();
        }
        return change.kind().label() + " " + change.name() + ": " + change.action().label() + " — " + change.summary();
    }

    private void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    static String describe(Diagnostic diagnostic) {
        String source = switch (diagnostic.source()) {
            case AWS -> "AWS";
            case LOVELESS -> "Loveless";
            case PLAN -> "Plan";
        };
        return (diagnostic.isError() ? "Error" : "Warning") + " · " + source + " " + diagnostic.code()
                + (diagnostic.location() == null || diagnostic.location().isEmpty() ? "" : " at " + diagnostic.location())
                + " · " + diagnostic.message();
    }

    private static String sentence(String text) {
        if (text == null || text.isEmpty()) {
            return "The settings are not valid.";
        }
        String first = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}

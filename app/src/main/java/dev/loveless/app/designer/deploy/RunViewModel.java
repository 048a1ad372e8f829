package dev.loveless.app.designer.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loveless.app.designer.common.Background;
import dev.loveless.exporters.deploy.AwsException;
import dev.loveless.exporters.deploy.AwsGateway;
import dev.loveless.exporters.deploy.AwsTarget;
import dev.loveless.exporters.deploy.CallerIdentity;
import dev.loveless.exporters.deploy.ExecutionFollower;
import dev.loveless.exporters.deploy.ExecutionInfo;
import dev.loveless.exporters.deploy.ExecutionProgress;
import dev.loveless.exporters.deploy.ManagedNames;
import dev.loveless.exporters.deploy.Sleeper;
import dev.loveless.exporters.deploy.StateRun;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The state and logic of the Run dialog: input JSON (checked as the user types), start an
 * execution of the deployed state machine, follow it ({@link ExecutionFollower}) until it ends,
 * stop it, and link to it in the AWS console. Its path is {@link #statuses()}: every state of the
 * workflow with succeeded / failed / in progress / stopped / not reached, which the canvas overlay
 * draws; {@link #inspect(StatePath)} shows one state's input, output or error.
 *
 * <p>Following runs in the background and stops when the execution ends, when the user stops
 * following, or when the dialog closes (the execution itself goes on unless stopped).
 */
public final class RunViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RunViewModel.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the dialog stands. */
    public enum Phase {
        /** Nothing started yet, or the last start failed. */
        IDLE,
        /** Starting an execution. */
        STARTING,
        /** Following a running execution. */
        RUNNING,
        /** The execution ended (or following stopped); its path stays on the canvas. */
        ENDED
    }

    private final StateMachine machine;
    private final DeploySession session;
    private final GatewayFactory gateways;
    private final Duration interval;
    private final Sleeper sleeper;
    private final Map<String, StatePath> paths = new LinkedHashMap<>();
    private final Background background = new Background("loveless-run");

    private final StringProperty input = new SimpleStringProperty(this, "input", "{}");
    private final StringProperty inputError = new SimpleStringProperty(this, "inputError", "");
    private final StringProperty stateMachine = new SimpleStringProperty(this, "stateMachine", "");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.IDLE);
    private final StringProperty executionArn = new SimpleStringProperty(this, "executionArn", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty consoleLink = new SimpleStringProperty(this, "consoleLink");
    private final StringProperty result = new SimpleStringProperty(this, "result", "");
    private final ObservableList<StateRun> states = FXCollections.observableArrayList();
    private final ObservableMap<StatePath, StateStatus> statuses = FXCollections.observableHashMap();
    private final ObjectProperty<StatePath> inspected = new SimpleObjectProperty<>(this, "inspected");
    private final StringProperty details = new SimpleStringProperty(this, "details", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final SimpleBooleanProperty messageIsError = new SimpleBooleanProperty(this, "messageIsError");
    private final BooleanBinding canStart;
    private Background.Job job;
    private volatile boolean stopFollowing;

    /**
     * @param machine  the workflow as the canvas shows it (state names are looked up in it)
     * @param session  the window's target, name and last deployed state machine
     * @param gateways opens connections to AWS
     * @param interval how often to ask for news while following
     * @param sleeper  how to wait between polls
     */
    public RunViewModel(StateMachine machine, DeploySession session, GatewayFactory gateways, Duration interval,
                        Sleeper sleeper) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.session = Objects.requireNonNull(session, "session");
        this.gateways = Objects.requireNonNull(gateways, "gateways");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        StateTree.walk(machine, (path, state) -> paths.putIfAbsent(path.name(), path));
        String deployed = session.deployedArnProperty().get();
        stateMachine.set(deployed != null ? deployed : session.nameProperty().get());
        session.deployedArnProperty().addListener((o, was, now) -> {
            if (now != null && phase.get() != Phase.RUNNING) {
                stateMachine.set(now);
            }
        });
        input.addListener((o, was, now) -> inputError.set(jsonProblem(now)));
        canStart = Bindings.createBooleanBinding(() -> phase.get() != Phase.STARTING && phase.get() != Phase.RUNNING
                && inputError.get().isEmpty() && !stateMachine.get().isBlank(), phase, inputError, stateMachine);
        inspected.addListener((o, was, now) -> details.set(detailsOf(now)));
    }

    // ---- properties ------------------------------------------------------------------------------

    public DeploySession session() {
        return session;
    }

    /** The execution's input, JSON. */
    public StringProperty inputProperty() {
        return input;
    }

    /** Why the input is not JSON (with line and column), or empty. */
    public ReadOnlyStringProperty inputErrorProperty() {
        return inputError;
    }

    /** The state machine to run: its ARN, or its name in the target account and region. */
    public StringProperty stateMachineProperty() {
        return stateMachine;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ReadOnlyStringProperty executionArnProperty() {
        return executionArn;
    }

    /** The execution's status as AWS reports it: RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The execution's page in the AWS console, or {@code null} (an emulator has none). */
    public ReadOnlyStringProperty consoleLinkProperty() {
        return consoleLink;
    }

    /** The execution's output, or its error and cause, once it ended. */
    public ReadOnlyStringProperty resultProperty() {
        return result;
    }

    /** The states entered so far, in order of first entry. */
    public ObservableList<StateRun> states() {
        return states;
    }

    /** The execution's path for the canvas: every state of the workflow, once an execution is shown. */
    public ObservableMap<StatePath, StateStatus> statuses() {
        return statuses;
    }

    /** The state whose input and output {@link #detailsProperty()} shows. */
    public ReadOnlyObjectProperty<StatePath> inspectedProperty() {
        return inspected;
    }

    /** The inspected state's status, entries, input, output or error. */
    public ReadOnlyStringProperty detailsProperty() {
        return details;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    // ---- commands --------------------------------------------------------------------------------

    /** Shows one state's input and output (the user clicked it on the canvas or in the list). */
    public void inspect(StatePath path) {
        inspected.set(path);
        details.set(detailsOf(path));
    }

    /** Starts an execution with the input and follows it, in the background. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        AwsTarget target;
        try {
            target = session.target().target();
        } catch (IllegalArgumentException e) {
            error(e.getMessage() + ".");
            return;
        }
        String machineRef = stateMachine.get().strip();
        String body = input.get();
        boolean console = target.endpoint() == null;
        clearPath();
        phase.set(Phase.STARTING);
        info("Starting an execution of " + machineRef + "…");
        stopFollowing = false;
        Background.Job[] self = new Background.Job[1];
        job = background.run(() -> {
            try (AwsGateway gateway = gateways.open(target)) {
                String arn = machineRef.startsWith("arn:") ? machineRef : arnOf(gateway, machineRef);
                ExecutionFollower follower = new ExecutionFollower(gateway, console);
                String execution = follower.start(arn, body);
                Background.onUi(self[0], () -> started(execution, console));
                return follower.follow(execution, interval, sleeper,
                        progress -> Background.onUi(self[0], () -> show(progress)),
                        () -> stopFollowing || Thread.currentThread().isInterrupted());
            }
        }, this::ended, this::failed);
        self[0] = job;
    }

    /** Stops the running execution (Step Functions {@code StopExecution}); following shows it stopped. */
    public void stop() {
        String execution = executionArn.get();
        if (phase.get() != Phase.RUNNING || execution.isEmpty()) {
            return;
        }
        AwsTarget target = session.target().target();
        info("Stopping the execution…");
        background.run(() -> {
            try (AwsGateway gateway = gateways.open(target)) {
                new ExecutionFollower(gateway, false).stop(execution);
                return execution;
            }
        }, stopped -> info("Stop requested; waiting for Step Functions to confirm…"), this::failedToStop);
    }

    /** Stops following (the execution goes on); the path shown stays. */
    public void stopFollowing() {
        stopFollowing = true;
        if (job != null && !job.isFinished()) {
            job.cancel();
            job = null;
            if (phase.get() == Phase.RUNNING || phase.get() == Phase.STARTING) {
                phase.set(Phase.ENDED);
                info("No longer following the execution; it goes on in AWS.");
            }
        }
    }

    /** Clears the path from the canvas. */
    public void clearPath() {
        states.clear();
        statuses.clear();
        result.set("");
        status.set("");
        executionArn.set("");
        consoleLink.set(null);
        details.set(detailsOf(inspected.get()));
    }

    // ---- internals -------------------------------------------------------------------------------

    private static String arnOf(AwsGateway gateway, String name) {
        CallerIdentity identity = gateway.callerIdentity();
        String arn = ManagedNames.stateMachineArn(identity, name);
        if (gateway.stateMachine(arn).isEmpty()) {
            throw new IllegalArgumentException(name + " is not deployed in account " + identity.account() + " / "
                    + identity.region() + ". Deploy it first (Deploy…), or give the ARN of the state machine to run.");
        }
        return arn;
    }

    private void started(String execution, boolean console) {
        executionArn.set(execution);
        consoleLink.set(console ? ExecutionFollower.consoleLink(execution) : null);
        status.set("RUNNING");
        phase.set(Phase.RUNNING);
        info("Running " + execution.substring(execution.lastIndexOf(':') + 1) + "…");
        Map<StatePath, StateStatus> all = new HashMap<>();
        paths.values().forEach(path -> all.put(path, StateStatus.NOT_REACHED));
        statuses.putAll(all);
    }

    private void show(ExecutionProgress progress) {
        states.setAll(progress.states());
        Map<StatePath, StateStatus> next = new HashMap<>();
        paths.values().forEach(path -> next.put(path, StateStatus.NOT_REACHED));
        for (StateRun run : progress.states()) {
            StatePath path = paths.get(run.name());
            if (path != null) {
                next.put(path, StateStatus.of(run.status()));
            }
        }
        next.forEach((path, value) -> {
            if (statuses.get(path) != value) {
                statuses.put(path, value);
            }
        });
        ExecutionInfo info = progress.execution();
        status.set(info.status());
        consoleLink.set(progress.consoleLink());
        if (info.finished()) {
            result.set(info.succeeded() ? info.output() == null ? "" : pretty(info.output())
                    : (info.error() == null ? "" : info.error()) + (info.cause() == null ? "" : ": " + info.cause()));
        }
        details.set(detailsOf(inspected.get()));
    }

    private void ended(ExecutionProgress last) {
        job = null;
        phase.set(Phase.ENDED);
        show(last);
        ExecutionInfo info = last.execution();
        if (!info.finished()) {
            info("No longer following the execution; it goes on in AWS.");
        } else if (info.succeeded()) {
            info("The execution succeeded.");
        } else {
            error("The execution " + info.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (info.error() == null ? "." : ": " + info.error() + (info.cause() == null ? "" : " — " + info.cause())));
        }
    }

    private void failed(Throwable error) {
        job = null;
        phase.set(executionArn.get().isEmpty() ? Phase.IDLE : Phase.ENDED);
        if (error instanceof AwsException || error instanceof IllegalArgumentException) {
            error(error.getMessage());
        } else {
            LOG.warn("run failed", error);
            error("Unexpected failure: " + error + ".");
        }
    }

    private void failedToStop(Throwable error) {
        error(error instanceof AwsException ? error.getMessage() : "The execution could not be stopped: " + error);
    }

    private String detailsOf(StatePath path) {
        if (path == null) {
            return "Click a step on the canvas (or in the list) to see its input and output.";
        }
        StateRun run = states.stream().filter(s -> s.name().equals(path.name())).findFirst().orElse(null);
        if (run == null) {
            return path.name() + (statuses.isEmpty() ? ": no execution shown yet." : ": not reached.");
        }
        StringBuilder text = new StringBuilder(path.name()).append(": ").append(StateStatus.of(run.status()).label());
        if (run.entries() > 1) {
            text.append(" (entered ").append(run.entries()).append(" times; the latest is shown)");
        }
        text.append("\n\nInput\n").append(run.input() == null ? "—" : pretty(run.input()));
        if (run.output() != null) {
            text.append("\n\nOutput\n").append(pretty(run.output()));
        }
        if (run.error() != null || run.cause() != null) {
            text.append("\n\nError\n").append(run.error() == null ? "" : run.error())
                    .append(run.cause() == null ? "" : "\n" + run.cause());
        }
        return text.toString();
    }

    /** @return why {@code text} is not JSON, with line and column, or an empty string */
    static String jsonProblem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            JSON.readTree(text);
            return "";
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            return "Not JSON" + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage();
        }
    }

    private static String pretty(String json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }
}

package dev.loveless.exporters.deploy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Carries out a {@link Plan}, resource by resource in the plan's order (role, policy, activities,
 * state machine, tags). Refuses a plan with errors, and a stale plan: one made before the account
 * changed (it reads the account again and compares fingerprints). Stops at the first failure and
 * reports what was done and what was not; every step is idempotent, so deploying again completes
 * the work. While Step Functions cannot assume a role IAM has just made, it retries for a bounded
 * time ({@link RetrySettings#roleWait()}).
 */
public final class Applier {

    private static final Logger LOG = LoggerFactory.getLogger(Applier.class);

    private final AwsGateway gateway;
    private final Planner planner;
    private final RetrySettings retry;
    private final Sleeper sleeper;

    public Applier(AwsGateway gateway, Planner planner, RetrySettings retry, Sleeper sleeper) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * @return what was done; never throws for AWS's failures (they are in the report)
     * @throws InterruptedException when the thread is interrupted while waiting for IAM
     */
    public ApplyReport apply(Plan plan, DeployListener listener) throws InterruptedException {
        if (plan.hasErrors()) {
            return refused(plan, ApplyReport.Outcome.REFUSED_ERRORS, "The plan has errors; nothing was changed."
                    + " Fix them and plan again.");
        }
        RemoteSnapshot now;
        try {
            now = planner.read(plan.settings(), plan.definition(), plan.stateMachineArn(), plan.roleName(), new ArrayList<>());
        } catch (AwsException e) {
            return refused(plan, ApplyReport.Outcome.FAILED, "Cannot read the account to check the plan: "
                    + e.getMessage() + " Nothing was changed.");
        }
        if (!now.fingerprint().equals(plan.fingerprint())) {
            return refused(plan, ApplyReport.Outcome.REFUSED_STALE, "The account changed since this plan was made"
                    + " (someone or something deployed in between); nothing was changed. Plan again and review it.");
        }
        if (!plan.hasChanges()) {
            List<StepResult> steps = plan.changes().stream()
                    .map(change -> new StepResult(change, StepResult.Status.UNCHANGED, change.summary())).toList();
            return new ApplyReport(ApplyReport.Outcome.NOTHING_TO_DO, steps, plan.stateMachineArn(), null,
                    "Nothing to do: " + plan.settings().name() + " is already deployed as planned. No change was made.");
        }
        List<StepResult> steps = new ArrayList<>();
        String versionArn = null;
        for (int i = 0; i < plan.changes().size(); i++) {
            PlannedChange change = plan.changes().get(i);
            if (!change.action().writes()) {
                steps.add(new StepResult(change, StepResult.Status.UNCHANGED, change.summary()));
                continue;
            }
            listener.started(change);
            StepResult result;
            try {
                Done done = execute(plan, change, listener);
                if (done.versionArn() != null) {
                    versionArn = done.versionArn();
                }
                result = new StepResult(change, StepResult.Status.DONE, done.message());
                steps.add(result);
                listener.finished(result);
            } catch (AwsException e) {
                LOG.debug("{} {} failed", change.kind(), change.name(), e);
                result = new StepResult(change, StepResult.Status.FAILED, e.getMessage());
                steps.add(result);
                listener.finished(result);
                for (PlannedChange rest : plan.changes().subList(i + 1, plan.changes().size())) {
                    StepResult notRun = new StepResult(rest, rest.action().writes() ? StepResult.Status.NOT_RUN
                            : StepResult.Status.UNCHANGED, rest.action().writes() ? "not done" : rest.summary());
                    steps.add(notRun);
                    listener.finished(notRun);
                }
                long done = steps.stream().filter(s -> s.status() == StepResult.Status.DONE).count();
                long notDone = steps.stream().filter(s -> s.status() == StepResult.Status.NOT_RUN).count();
                return new ApplyReport(ApplyReport.Outcome.FAILED, steps, plan.stateMachineArn(), null,
                        "Deploy stopped at the " + change.kind().label() + " " + change.name() + ": " + e.getMessage()
                        + " " + done + " of " + (done + notDone + 1) + " changes were made; the rest were not."
                        + " Run deploy again to complete it: what is done is kept.");
            }
        }
        return new ApplyReport(ApplyReport.Outcome.APPLIED, steps, plan.stateMachineArn(), versionArn,
                "Deployed " + plan.settings().name() + " to " + plan.identity().account() + " / "
                + plan.identity().region() + ": " + plan.stateMachineArn());
    }

    private ApplyReport refused(Plan plan, ApplyReport.Outcome outcome, String message) {
        List<StepResult> steps = plan.changes().stream()
                .map(change -> new StepResult(change, change.action().writes() ? StepResult.Status.NOT_RUN
                        : StepResult.Status.UNCHANGED, change.action().writes() ? "not done" : change.summary()))
                .toList();
        return new ApplyReport(outcome, steps, plan.stateMachineArn(), null, message);
    }

    /** What a step made: a note for the report, and the version it published, if any. */
    private record Done(String message, String versionArn) {
        static Done of(String message) {
            return new Done(message, null);
        }
    }

    private Done execute(Plan plan, PlannedChange change, DeployListener listener) throws InterruptedException {
        DeploySettings settings = plan.settings();
        switch (change.kind()) {
            case ROLE -> {
                if (change.action() == ChangeAction.CREATE) {
                    return Done.of("created " + gateway.createRole(plan.roleName(), plan.trustPolicy(),
                            "Execution role of the Step Functions state machine " + settings.name()
                            + " (managed by Loveless)", settings.tags()));
                }
                gateway.updateTrustPolicy(plan.roleName(), plan.trustPolicy());
                return Done.of("trust policy updated");
            }
            case ROLE_POLICY -> {
                if (change.action() == ChangeAction.DELETE) {
                    gateway.deleteRolePolicy(plan.roleName(), plan.policyName());
                    return Done.of("deleted");
                }
                gateway.putRolePolicy(plan.roleName(), plan.policyName(), plan.policy().document());
                return Done.of(change.action() == ChangeAction.CREATE ? "created" : "updated");
            }
            case ACTIVITY -> {
                return Done.of("created " + gateway.createActivity(change.name(), settings.tags()));
            }
            case STATE_MACHINE -> {
                return stateMachine(plan, change, listener);
            }
            case TAGS -> {
                gateway.tagResource(plan.stateMachineArn(), plan.tagsToAdd());
                return Done.of("tagged " + plan.tagsToAdd().keySet());
            }
            default -> throw new IllegalStateException("unknown resource kind " + change.kind());
        }
    }

    private Done stateMachine(Plan plan, PlannedChange change, DeployListener listener) throws InterruptedException {
        DeploySettings settings = plan.settings();
        StateMachineSpec spec = new StateMachineSpec(settings.name(), settings.type(), plan.definition().json(),
                plan.roleArn(), settings.logging(), settings.tracing(), settings.publish(), settings.versionDescription());
        Duration waited = Duration.ZERO;
        while (true) {
            try {
                if (change.action() == ChangeAction.CREATE) {
                    StateMachineWrite made = gateway.createStateMachine(spec, settings.tags());
                    return new Done("created " + made.arn() + (made.versionArn() == null ? ""
                            : ", version " + made.versionArn()), made.versionArn());
                }
                StateMachineWrite made = gateway.updateStateMachine(plan.stateMachineArn(), spec);
                return new Done("updated" + (made.versionArn() == null ? "" : ", version " + made.versionArn()),
                        made.versionArn());
            } catch (AwsException e) {
                if (e.problem() != AwsProblem.ROLE_NOT_ASSUMABLE) {
                    throw e;
                }
                if (waited.compareTo(retry.roleWait()) >= 0) {
                    throw new AwsException(AwsProblem.ROLE_NOT_ASSUMABLE, e.operation(), e.awsCode(),
                            "Step Functions still cannot assume the role " + plan.roleArn() + " after "
                            + waited.toSeconds() + " s. IAM can take longer than that to make a new role usable"
                            + " everywhere; the role and its policy are in place. Run deploy again in a minute.");
                }
                listener.waiting("Waiting for IAM to make the role " + plan.roleName()
                        + " usable by Step Functions (a new role takes a few seconds)...");
                sleeper.sleep(retry.roleWaitStep());
                waited = waited.plus(retry.roleWaitStep());
            }
        }
    }
}

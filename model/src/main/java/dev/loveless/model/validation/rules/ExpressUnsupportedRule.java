package dev.loveless.model.validation.rules;

import dev.loveless.model.Worker.IntegrationPattern;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.WorkflowType;
import dev.loveless.model.validation.check.ResourceArns;

/**
 * {@code EXPRESS_UNSUPPORTED}: when the workflow type is EXPRESS, no Task waits: no activities,
 * no {@code .sync} (run a job) and no {@code .waitForTaskToken} (callback) integrations. Runs only
 * when the type is known (the {@code --type} option or the project setting).
 */
public final class ExpressUnsupportedRule extends AbstractRule {

    public ExpressUnsupportedRule() {
        super("EXPRESS_UNSUPPORTED", Phase.WORKFLOW_TYPE,
                "An EXPRESS workflow has no activities, .sync or .waitForTaskToken tasks.");
    }

    @Override
    public void check(ValidationContext context) {
        if (context.workflowType() != WorkflowType.EXPRESS) {
            return;
        }
        for (StateEntry entry : context.states()) {
            ResourceArns.Resource resource = Derived.resource(context, entry);
            if (resource == null) {
                continue;
            }
            if (resource.kind() == ResourceArns.Kind.ACTIVITY) {
                context.report(entry, "EXPRESS workflows cannot run activities: use a Lambda function, or make the"
                        + " workflow STANDARD.", "Resource");
            } else if (resource.pattern() == IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
                context.report(entry, "EXPRESS workflows cannot wait for a task token (.waitForTaskToken): make the"
                        + " workflow STANDARD.", "Resource");
            } else if (resource.pattern() == IntegrationPattern.RUN_JOB
                    || resource.pattern() == IntegrationPattern.RUN_JOB_V2) {
                context.report(entry, "EXPRESS workflows cannot wait for a job to finish (" + resource.pattern().suffix()
                        + "): call it request-response and poll, or make the workflow STANDARD.", "Resource");
            }
        }
    }
}

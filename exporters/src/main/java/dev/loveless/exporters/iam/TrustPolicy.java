package dev.loveless.exporters.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The trust (assume-role) policy of a state machine's execution role: only Step Functions may
 * assume it, and only on behalf of the given account ({@code aws:SourceAccount}), which keeps
 * another account's state machine from borrowing the role (the confused-deputy problem).
 */
public final class TrustPolicy {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrustPolicy() {
    }

    /** @return the trust policy document for a role used by state machines of {@code account} */
    public static String forStepFunctions(String account) {
        if (account == null || !account.matches("\\d{12}")) {
            throw new IllegalArgumentException("an account id has 12 digits, not '" + account + "'");
        }
        ObjectNode document = JSON.createObjectNode();
        document.put("Version", "2012-10-17");
        ObjectNode statement = document.putArray("Statement").addObject();
        statement.put("Effect", "Allow");
        statement.putObject("Principal").put("Service", "states.amazonaws.com");
        statement.put("Action", "sts:AssumeRole");
        statement.putObject("Condition").putObject("StringEquals").put("aws:SourceAccount", account);
        return document.toString();
    }
}

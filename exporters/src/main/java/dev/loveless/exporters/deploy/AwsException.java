package dev.loveless.exporters.deploy;

import java.util.Objects;

/**
 * A failed call to AWS, already translated into a message that says what to do. The gateway is
 * the only place that sees SDK exceptions; everything above it sees this.
 */
public final class AwsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AwsProblem problem;
    private final String operation;
    private final String awsCode;

    /**
     * @param problem   the kind of problem
     * @param operation the AWS operation, e.g. {@code iam:CreateRole}
     * @param awsCode   AWS's error code, or {@code null} when AWS was not reached
     * @param message   the message for the user: what went wrong and what to do
     */
    public AwsException(AwsProblem problem, String operation, String awsCode, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.problem = Objects.requireNonNull(problem, "problem");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.awsCode = awsCode;
    }

    public AwsProblem problem() {
        return problem;
    }

    public String operation() {
        return operation;
    }

    /** @return AWS's error code ({@code AccessDenied}, {@code ThrottlingException}...), or {@code null} */
    public String awsCode() {
        return awsCode;
    }
}

package dev.loveless.model;

/** Who runs a Task: the heart of the designer's Lambda ⇄ Activity switch. */
public enum WorkerKind {
    /** A Lambda function, called through {@code lambda:invoke} or by its function ARN. */
    LAMBDA,
    /** An Activity worker that polls Step Functions for work, anywhere (often a container). */
    ACTIVITY,
    /** Another AWS service, through an optimised integration or an AWS SDK integration. */
    SERVICE,
    /** No resource, or one that cannot be told (a bare {@code ${placeholder}}, a malformed ARN). */
    UNKNOWN
}

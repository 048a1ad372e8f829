package dev.loveless.exporters.deploy;

/** A state machine's CloudWatch Logs level, as Step Functions names it. */
public enum LogLevel {
    OFF, ERROR, FATAL, ALL
}

package dev.loveless.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.app.Version;
import dev.loveless.model.validation.Diagnostic;
import dev.loveless.model.validation.Rule;
import dev.loveless.model.validation.RuleConfig;
import dev.loveless.model.validation.Severity;

import java.io.PrintWriter;
import java.nio.file.Paths;
import java.util.List;

/** Writes validation results as text, JSON or SARIF 2.1.0 (for GitHub code scanning and other tools). */
final class ValidationReports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ValidationReports() {
    }

    /** {@code file:line:col: severity CODE message} per diagnostic, then a one-line summary. */
    static void text(PrintWriter out, List<FileValidation> files) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int failing = 0;
        for (FileValidation file : files) {
            for (Diagnostic d : file.diagnostics()) {
                out.println(line(file.file(), d));
                errors += d.severity() == Severity.ERROR ? 1 : 0;
                warnings += d.severity() == Severity.WARNING ? 1 : 0;
                infos += d.severity() == Severity.INFO ? 1 : 0;
            }
            failing += file.valid() ? 0 : 1;
        }
        out.println(count(files.size(), "file") + " checked: " + count(errors, "error") + ", "
                + count(warnings, "warning") + (infos > 0 ? ", " + count(infos, "info") : "")
                + (failing == 0 ? "; all valid." : "; " + count(failing, "file") + " invalid."));
    }

    /** @return {@code file:line:col: severity CODE message} */
    static String line(String file, Diagnostic d) {
        return file + ":" + d.line() + ":" + d.column() + ": " + d.severity().label() + " " + d.code() + " "
                + d.message();
    }

    /** {@code [{"file", "valid", "diagnostics": [...]}]}. */
    static void json(PrintWriter out, List<FileValidation> files) throws Exception {
        ArrayNode root = JSON.createArrayNode();
        for (FileValidation file : files) {
            ObjectNode node = root.addObject();
            node.put("file", file.file());
            node.put("valid", file.valid());
            ArrayNode diagnostics = node.putArray("diagnostics");
            for (Diagnostic d : file.diagnostics()) {
                ObjectNode item = diagnostics.addObject();
                item.put("code", d.code());
                item.put("severity", d.severity().label());
                item.put("message", d.message());
                if (d.statePath() == null) {
                    item.putNull("statePath");
                } else {
                    ArrayNode path = item.putArray("statePath");
                    for (Object element : d.statePath().elements()) {
                        if (element instanceof Integer index) {
                            path.add(index);
                        } else {
                            path.add(String.valueOf(element));
                        }
                    }
                }
                item.put("field", d.field());
                item.put("pointer", d.pointer());
                item.put("line", d.line());
                item.put("column", d.column());
            }
        }
        out.println(JSON.writeValueAsString(root));
    }

    /** One SARIF 2.1.0 run: the rules as the tool's rules, each diagnostic as a result with its region. */
    static void sarif(PrintWriter out, List<FileValidation> files, List<Rule> rules, RuleConfig config)
            throws Exception {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Loveless");
        driver.put("version", Version.current());
        driver.put("informationUri", "https://github.com/loveless-dev/loveless/blob/main/docs/rules/README.md");
        ArrayNode ruleArray = driver.putArray("rules");
        for (Rule rule : rules) {
            ObjectNode node = ruleArray.addObject();
            node.put("id", rule.code());
            node.putObject("shortDescription").put("text", rule.description());
            node.put("helpUri", "docs/rules/" + rule.code() + ".md");
            Severity severity = config.severityOf(rule.code());
            ObjectNode configuration = node.putObject("defaultConfiguration");
            configuration.put("level", level(severity));
            configuration.put("enabled", severity != Severity.OFF);
        }
        ArrayNode results = run.putArray("results");
        for (FileValidation file : files) {
            String uri = Paths.get(file.file()).normalize().toString().replace('\\', '/');
            for (Diagnostic d : file.diagnostics()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", d.code());
                result.put("level", level(d.severity()));
                result.putObject("message").put("text", d.message());
                ObjectNode location = result.putArray("locations").addObject();
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri);
                if (d.line() > 0) {
                    ObjectNode region = physical.putObject("region");
                    region.put("startLine", d.line());
                    region.put("startColumn", Math.max(1, d.column()));
                }
                ObjectNode logical = location.putArray("logicalLocations").addObject();
                logical.put("fullyQualifiedName", d.pointer().isEmpty() ? "/" : d.pointer());
                logical.put("kind", "object");
            }
        }
        out.println(JSON.writeValueAsString(log));
    }

    private static String level(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            case INFO:
                return "note";
            default:
                return "none";
        }
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

package dev.loveless.app.designer;

import dev.loveless.model.StateMachine;
import dev.loveless.model.io.AslParseException;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import dev.loveless.model.samples.Samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The built-in starting points of File ▸ New from Template. */
final class Templates {

    /** A template: its menu title, the name a new document from it gets, and its definition. */
    record Template(String title, String fileName, StateMachine machine) {
    }

    private static final String[][] ALL = {
            {"Video pipeline (the sample)", null},
            {"Hello world", "hello-world"},
            {"Retry and catch", "retry-and-catch"},
            {"Human approval with a callback", "human-approval"},
            {"Fan-out with Map", "fan-out-with-map"},
            {"Lambda + GPU Activity", "lambda-and-gpu-activity"},
    };

    private Templates() {
    }

    static List<Template> all() {
        List<Template> templates = new ArrayList<>();
        for (String[] entry : ALL) {
            if (entry[1] == null) {
                templates.add(new Template(entry[0], Samples.SAMPLE_NAME, Samples.sample().machine()));
            } else {
                templates.add(new Template(entry[0], entry[1] + ".asl.json", read(entry[1] + ".asl.json")));
            }
        }
        return templates;
    }

    /** @return an empty workflow */
    static Template blank() {
        return new Template("Blank", "Untitled.asl.json", StateMachine.of(null, dev.loveless.model.States.EMPTY));
    }

    private static StateMachine read(String name) {
        try (InputStream in = Templates.class.getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("a template is missing from the build: " + name);
            }
            return new AslReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Format.JSON).machine();
        } catch (IOException | AslParseException e) {
            throw new IllegalStateException("a built-in template does not read: " + name, e);
        }
    }
}

package dev.loveless.benchmarks;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.edit.Document;
import dev.loveless.model.edit.EditStack;
import dev.loveless.model.edit.ReplaceMachine;
import dev.loveless.model.edit.SetStateField;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.Format;
import dev.loveless.model.validation.Validator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Measures what one keystroke costs in the designer on a large definition (default:
 * ../shared/bench/gen-1mb.json, 3,475 states): an inspector field edit ({@link SetStateField}
 * through the {@link EditStack}, merged typing), the live validation the problems panel runs after
 * it, the code view's canvas → text (writing the whole definition) and text → canvas (reading it
 * and {@link ReplaceMachine}). These figures set {@code ProblemScheduler.BACKGROUND_FROM}.
 *
 * <p>Run: {@code mvn -q -o -pl benchmarks -am package -DskipTests}, then
 * {@code java -cp "benchmarks/target/classes:model/target/classes:benchmarks/target/lib/*"
 * dev.loveless.benchmarks.EditingBenchmark ../shared/bench/gen-1mb.json}.
 */
public final class EditingBenchmark {

    private EditingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Paths.get(args[0]) : Paths.get("..", "shared", "bench", "gen-1mb.json");
        String text = Files.readString(file);
        StateMachine machine = new AslReader().read(text, Format.JSON).machine();
        Document document = new Document(machine, Placement.completed(machine, Diagram.EMPTY));
        List<StatePath> paths = StateTree.paths(machine);
        StatePath target = paths.get(paths.size() / 2);
        EditStack stack = new EditStack(document);
        int[] key = {0};
        System.out.printf("%s: %d bytes, %d states; editing \"%s\"%n", file, text.length(), paths.size(), target);

        System.out.println(Measure.summary("inspector keystroke (SetStateField, merged)", Measure.time(200, 300, () -> {
            stack.execute(new SetStateField(target, "/Comment", TextNode.valueOf("typed " + key[0]++), "Change", true));
            return stack.document();
        })));
        Validator validator = new Validator();
        System.out.println(Measure.summary("live validation of the edited machine", Measure.time(30, 50,
                () -> validator.validate(stack.document().machine()))));
        AslWriter writer = new AslWriter();
        System.out.println(Measure.summary("code view: canvas -> text (write JSON)", Measure.time(30, 50,
                () -> writer.write(stack.document().machine(), Format.JSON))));
        String edited = writer.write(stack.document().machine(), Format.JSON).replace("typed", "retyped");
        AslReader reader = new AslReader();
        System.out.println(Measure.summary("code view: text -> canvas (read + ReplaceMachine)", Measure.time(30, 50,
                () -> new ReplaceMachine(reader.read(edited, Format.JSON).machine(), true).apply(stack.document()))));
    }
}

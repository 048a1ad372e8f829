package dev.loveless.benchmarks;

import dev.loveless.model.ParallelState;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.edit.Document;
import dev.loveless.model.edit.EditRules;
import dev.loveless.model.edit.MoveIntoScope;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;

/**
 * Measures what moving a step into a Parallel branch by dragging costs on a large definition
 * (default: ../shared/bench/gen-1mb.json, 3,475 states): the check made each time the pointer
 * enters another lane ({@link EditRules#whyNoMove}), the move itself on release
 * ({@link MoveIntoScope}), and the shapes the canvas then rebuilds ({@link DiagramGeometry}).
 * The step moved is a top-level one from the middle of the machine, into the first branch of the
 * first Parallel state.
 *
 * <p>Run: {@code mvn -q -o -pl benchmarks -am package -DskipTests}, then
 * {@code java -cp "benchmarks/target/classes:model/target/classes:benchmarks/target/lib/*"
 * dev.loveless.benchmarks.MoveBenchmark ../shared/bench/gen-1mb.json}.
 */
public final class MoveBenchmark {

    private MoveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Paths.get(args[0]) : Paths.get("..", "shared", "bench", "gen-1mb.json");
        StateMachine machine = new AslReader().read(Files.readString(file), Format.JSON).machine();
        Document document = new Document(machine, Placement.completed(machine, Diagram.EMPTY));
        String parallel = machine.statesOrEmpty().byName().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof ParallelState).map(java.util.Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no Parallel state at the top level"));
        ScopeId branch = new ScopeId(StatePath.of(parallel), 0);
        List<String> names = machine.statesOrEmpty().nameList();
        Set<StatePath> moved = null;
        for (int i = names.size() / 2; i < names.size() && moved == null; i++) {
            Set<StatePath> candidate = Set.of(StatePath.of(names.get(i)));
            if (!names.get(i).equals(parallel) && EditRules.whyNoMove(document, candidate, branch) == null) {
                moved = candidate;
            }
        }
        if (moved == null) {
            throw new IllegalArgumentException("no top-level step of the second half may move into " + branch);
        }
        Set<StatePath> paths = moved;
        System.out.printf("%s: %d states; moving %s into branch 1 of \"%s\"%n", file,
                dev.loveless.model.StateTree.paths(machine).size(), paths, parallel);

        System.out.println(Measure.summary("pointer enters a lane (whyNoMove)", Measure.time(100, 200,
                () -> EditRules.whyNoMove(document, paths, branch))));
        MoveIntoScope edit = MoveIntoScope.of(document, paths, branch, 0, 0);
        System.out.println(Measure.summary("release (MoveIntoScope.apply)", Measure.time(30, 60,
                () -> edit.apply(document))));
        Document after = edit.apply(document);
        System.out.println(Measure.summary("shapes after the move (DiagramGeometry)", Measure.time(10, 30,
                () -> DiagramGeometry.of(after.machine(), after.diagram()))));
    }
}

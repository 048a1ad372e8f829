package dev.loveless.exporters.java;

import dev.loveless.exporters.Export;
import dev.loveless.exporters.files.FileSink;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/**
 * A generated project on disk, compiled in the test with javax.tools against the test class path
 * (which holds what the generated pom.xml names), its tests run with the JUnit Platform launcher.
 */
final class GeneratedProject implements AutoCloseable {

    final Path root;
    final Path classes;
    private URLClassLoader loader;

    private GeneratedProject(Path root) {
        this.root = root;
        this.classes = root.resolve("target/classes");
    }

    /** Writes the export into {@code root} through the file sink. */
    static GeneratedProject write(Export export, Path root) throws IOException {
        new FileSink(root).write(export);
        return new GeneratedProject(root);
    }

    static GeneratedProject at(Path root) {
        return new GeneratedProject(root);
    }

    /** Compiles src/main/java and src/test/java into target/classes; fails with the compiler's messages. */
    GeneratedProject compile() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root.resolve("src"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-proc:none");
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                throw new AssertionError("the generated project does not compile:\n" + diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                                || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                        .map(Object::toString).collect(Collectors.joining("\n")));
            }
        }
        return this;
    }

    /** @return a class loader over the compiled classes, parented by the test's */
    ClassLoader loader() throws IOException {
        if (loader == null) {
            loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        }
        return loader;
    }

    Class<?> load(String name) throws Exception {
        return Class.forName(name, true, loader());
    }

    /** Runs the generated tests of {@code packageName} and returns the summary. */
    TestExecutionSummary runTests(String packageName) throws IOException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader());
        try {
            LauncherDiscoveryRequest request = org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectPackage(packageName)).build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(request, listener);
            return listener.getSummary();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** @return the class path of a process that runs the compiled project */
    String processClassPath() {
        return classes + java.io.File.pathSeparator + System.getProperty("java.class.path");
    }

    @Override
    public void close() throws IOException {
        if (loader != null) {
            loader.close();
        }
    }
}

package dev.loveless.model.validation;

import dev.loveless.model.Corpus;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.ParsedDefinition;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The validator agrees with AWS on the shared corpus: every file under a {@code valid/} folder
 * has no error, every file under {@code invalid/} at least one; {@code unknown/} is skipped. The
 * few files where Loveless follows AWS's documentation rather than the recorded verdict are listed
 * in {@code corpus-disagreements.txt} (reasons in docs/rules/corpus-disagreements.md); the test
 * fails when any other file disagrees, and when a listed one starts to agree.
 */
class CorpusAgreementTest {

    private final AslReader reader = new AslReader();
    private final Validator validator = new Validator();

    @Test
    void agreesWithAwsOnEveryValidAndInvalidDefinitionOfTheCorpusButTheDocumentedOnes() throws Exception {
        // given
        List<Path> files = Corpus.allDefinitions().stream()
                .filter(file -> !Corpus.relative(file).contains("/unknown/"))
                .collect(Collectors.toList());
        List<String> disagreeing = new ArrayList<>();
        List<String> details = new ArrayList<>();

        // when
        for (Path file : files) {
            String relative = Corpus.relative(file);
            boolean expectValid = relative.contains("/valid/");
            ParsedDefinition parsed = reader.read(file);
            ValidationResult result = validator.validate(parsed);
            if (expectValid == result.hasErrors()) {
                disagreeing.add(relative);
                details.add(relative + (expectValid ? " is valid but got " + result.diagnostics().stream()
                        .filter(Diagnostic::isError).map(d -> d.code() + " " + d.pointer())
                        .collect(Collectors.joining(", ")) : " is invalid but got no error"));
            }
        }

        // then
        assertTrue(files.size() >= 276, "the corpus has 276 definitions with a verdict, found " + files.size());
        assertEquals(documentedDisagreements(), disagreeing,
                disagreeing.size() + " of " + files.size() + " disagree: " + details);
    }

    private static List<String> documentedDisagreements() throws Exception {
        try (InputStream in = CorpusAgreementTest.class.getResourceAsStream("corpus-disagreements.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toList());
        }
    }
}

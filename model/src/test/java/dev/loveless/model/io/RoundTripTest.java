package dev.loveless.model.io;

import dev.loveless.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Read → write → read gives the same model, for every definition of the corpus, in JSON and in YAML. */
class RoundTripTest {

    private final AslReader reader = new AslReader();
    private final AslWriter writer = new AslWriter();

    static List<Path> corpus() {
        return Corpus.allDefinitions();
    }

    @Test
    void theCorpusIsThere() {
        assertTrue(corpus().size() >= 270, "expected the whole corpus, found " + corpus().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void jsonRoundTripKeepsTheModel(Path file) throws Exception {
        // given
        ParsedDefinition first = reader.read(file);
        // when
        String written = writer.write(first.machine(), Format.JSON);
        ParsedDefinition second = reader.read(written, Format.JSON);
        // then
        assertEquals(first.machine(), second.machine(), Corpus.relative(file));
        assertEquals(written, writer.write(second.machine(), Format.JSON), "writing is stable");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void yamlRoundTripKeepsTheModel(Path file) throws Exception {
        // given
        ParsedDefinition first = reader.read(file);
        // when
        String yaml = writer.write(first.machine(), Format.YAML);
        ParsedDefinition second = reader.read(yaml, Format.YAML);
        // then
        assertEquals(first.machine(), second.machine(), Corpus.relative(file) + "\n" + yaml);
    }

    static List<String> canonicalFiles() throws IOException {
        try (InputStream list = RoundTripTest.class.getResourceAsStream("canonical-corpus-files.txt")) {
            return new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalFiles")
    void aCanonicalFileIsWrittenBackByteForByte(String relative) throws Exception {
        // given
        Path file = Corpus.root().resolve(relative);
        String text = Files.readString(file);
        // when
        String written = writer.write(reader.read(file).machine(), Format.JSON);
        // then
        assertEquals(text, written);
    }

    @Test
    void theCanonicalListCoversMostOfTheCorpus() throws IOException {
        assertTrue(canonicalFiles().size() > 150);
    }
}

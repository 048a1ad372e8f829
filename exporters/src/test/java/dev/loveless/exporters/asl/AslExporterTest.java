package dev.loveless.exporters.asl;

import dev.loveless.exporters.Export;
import dev.loveless.exporters.Ownership;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.AslWriter;
import dev.loveless.model.io.Format;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AslExporterTest {

    @ParameterizedTest
    @EnumSource(Format.class)
    void writesTheCanonicalDefinitionAsOneRegeneratedFile(Format format) throws Exception {
        // given
        var machine = Samples.sample().machine();
        // when
        Export export = new AslExporter(format).export(machine, "Vidéo pipeline/../x");
        // then
        assertEquals(1, export.files().size());
        var file = export.files().get(0);
        assertEquals(format == Format.JSON ? "Video-pipeline-x.asl.json" : "Video-pipeline-x.asl.yaml", file.path());
        assertEquals(Ownership.REGENERATED, file.ownership());
        assertEquals(new AslWriter().write(machine, format), file.content());
        assertEquals(machine, new AslReader().read(file.content(), format).machine());
    }
}

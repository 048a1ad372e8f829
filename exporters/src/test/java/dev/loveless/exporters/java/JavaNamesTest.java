package dev.loveless.exporters.java;

import org.junit.jupiter.api.Test;

import javax.lang.model.SourceVersion;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaNamesTest {

    @Test
    void readableNamesKeepTheWords() {
        // given
        JavaNames names = new JavaNames("Task");
        // then
        assertEquals("CheckUpload", names.typeName("Check upload", ""));
        assertEquals("AlreadyWebReady", names.typeName("Already web-ready?", ""));
        assertEquals("TranscodeOnGPU", names.typeName("Transcode on GPU", ""));
        assertEquals("CHECK_UPLOAD", new JavaNames("T").constantName("Check upload"));
        assertEquals("getHttpResponse", new JavaNames("t").memberName("get Http response"));
    }

    @Test
    void hostileTextGivesValidUniqueIdentifiers() {
        // given
        JavaNames names = new JavaNames("Task");
        List<String> hostile = List.of("\"; System.exit(0); //", "class", "Ñandú", "日本語", "日本", "*/ evil /*",
                "\\u000a injected", "2 fast", "", "Check upload", "check-upload", "CHECK UPLOAD");
        // when
        List<String> allocated = hostile.stream().map(text -> names.typeName(text, "Handler")).toList();
        // then
        assertEquals(allocated.size(), allocated.stream().map(String::toLowerCase).distinct().count(), allocated.toString());
        for (String name : allocated) {
            assertTrue(SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name), name);
            assertTrue(name.matches("[A-Za-z][A-Za-z0-9]*"), name);
        }
        assertEquals("SystemExit0Handler", allocated.get(0));
        assertEquals("NanduHandler", allocated.get(2));
        assertEquals("Task1Handler", allocated.get(3));
        assertEquals("Task2FastHandler", allocated.get(7));
    }

    @Test
    void keywordsNeverBecomeIdentifiers() {
        // given
        JavaNames names = new JavaNames("t");
        // then
        assertEquals("class2", names.memberName("class"));
        assertEquals("true2", names.memberName("true"));
        assertFalse(SourceVersion.isKeyword(names.memberName("class")));
    }
}

package org.entente.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The journal's lines encoded into one buffer are byte for byte {@link FileJournal#line} of each JSON. */
class LineBufferTest {

    @Test
    void aBatchOfLinesIsTheirLinesOneAfterTheOther() {
        LineBuffer buffer = new LineBuffer();
        qt().withExamples(300).withFixedSeed(31L)
                .forAll(lists().of(strings().allPossible().ofLengthBetween(0, 600)).ofSizeBetween(1, 12))
                .checkAssert(jsons -> {
                    ByteArrayOutputStream expected = new ByteArrayOutputStream();
                    for (String json : jsons) {
                        int start = buffer.add(json);
                        assertEquals(expected.size(), start, "where the line starts");
                        expected.writeBytes(FileJournal.line(json).getBytes(StandardCharsets.UTF_8));
                    }
                    ByteBuffer contents = buffer.contents();
                    byte[] written = Arrays.copyOfRange(contents.array(), contents.position(), contents.limit());
                    assertArrayEquals(expected.toByteArray(), written);
                    buffer.clear();
                });
    }
}

package app.maskai.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResultNamesTest {
    @Test
    void namesKeepThePhotosNameWithoutItsFolder() {
        ResultNames names = new ResultNames();
        assertEquals("Ana-masked.png", names.next("class/Ana.jpg", "png"));
        assertEquals("ana-masked-2.png", names.next("other/ana.JPG", "png"));
        assertEquals("Ana-masked-3.png", names.next("Ana.jpeg", "png"));
        assertEquals("b.c-masked.jpg", names.next("C:\\photos\\b.c.webp", "jpg"));
    }

    @Test
    void reservedNamesAreNotGiven() {
        ResultNames names = new ResultNames();
        assertTrue(names.reserve("labels.csv"));
        assertFalse(names.reserve("LABELS.csv"));
    }

    @Test
    void unsafeNamesAreMadeSafe() {
        ResultNames names = new ResultNames();
        assertEquals("photo-masked.png", names.next("", "png"));
        assertEquals("photo-masked-2.png", names.next("...", "png"));
        assertEquals("a_b_-masked.png", names.next("a<b>.png", "png"));
        assertEquals("_hidden-masked.png", names.next("\u0001hidden", "png"));
        String longName = names.next("é".repeat(200) + ".jpg", "png");
        assertTrue(longName.getBytes(StandardCharsets.UTF_8).length <= 100, longName);
        assertTrue(ZipWriter.isSafeName(longName));
        assertTrue(ZipWriter.isSafeName(names.next("../../etc/passwd", "png")));
    }
}

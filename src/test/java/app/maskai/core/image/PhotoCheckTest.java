package app.maskai.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhotoCheckTest {
    @Test
    void imageTypesNoTypeAndOctetStreamAreLeftToTheHeader() {
        assertNull(PhotoCheck.problemWithType("image/jpeg"));
        assertNull(PhotoCheck.problemWithType("image/webp"));
        assertNull(PhotoCheck.problemWithType(""));
        assertNull(PhotoCheck.problemWithType(null));
        assertNull(PhotoCheck.problemWithType("application/octet-stream"));
    }

    @Test
    void refusedTypesSayWhyAndWhatToChoose() {
        assertTrue(PhotoCheck.problemWithType("IMAGE/HEIC").startsWith("HEIC/HEIF photos are not supported"));
        assertTrue(PhotoCheck.problemWithType("image/heif").startsWith("HEIC/HEIF photos are not supported"));
        assertEquals("SVG files are not accepted as photos. Choose a JPEG, PNG or WebP photo.",
                PhotoCheck.problemWithType("image/svg+xml"));
        assertEquals("this is not an image file (application/pdf). Choose a JPEG, PNG or WebP photo.",
                PhotoCheck.problemWithType("application/pdf"));
    }
}

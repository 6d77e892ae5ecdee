package app.maskai.core.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CustomMaskLimitsTest {
    private static final long MB = 1024 * 1024;

    @Test
    void acceptsPngJpegAndWebpWithinTheLimits() {
        assertNull(CustomMaskLimits.refusal("image/png", 3 * MB, 1200, 900));
        assertNull(CustomMaskLimits.refusal("image/jpeg", 25 * MB, 8000, 8000));
        assertNull(CustomMaskLimits.refusal("IMAGE/WEBP", 1000, 1, 1));
        assertNull(CustomMaskLimits.refusal("image/png; name=x", 1000, 0, 0));
    }

    @Test
    void refusesSvgWithItsOwnReason() {
        assertEquals("SVG drawings can't be used as masks: save it as a PNG picture first.",
                CustomMaskLimits.refusal("image/svg+xml", 2000, 0, 0));
    }

    @Test
    void refusesOtherTypes() {
        assertEquals("A image/gif file can't be used: choose a PNG, JPEG or WebP picture.",
                CustomMaskLimits.refusal("image/gif", 2000, 100, 100));
        assertEquals("This file's type is unknown: choose a PNG, JPEG or WebP picture.",
                CustomMaskLimits.refusal("", 2000, 100, 100));
        assertEquals("This file's type is unknown: choose a PNG, JPEG or WebP picture.",
                CustomMaskLimits.refusal(null, 2000, 100, 100));
    }

    @Test
    void refusesFilesOverTwentyFiveMegabytes() {
        assertEquals("This picture is 25.1 MB; pictures up to 25 MB can be used.",
                CustomMaskLimits.refusal("image/png", 25 * MB + 1, 0, 0));
        assertEquals("This picture is 30.5 MB; pictures up to 25 MB can be used.",
                CustomMaskLimits.refusal("image/jpeg", 30 * MB + MB / 2, 0, 0));
    }

    @Test
    void refusesPicturesOverEightThousandPixelsASide() {
        assertEquals("This picture is 9000 × 6000 pixels; pictures up to 8000 pixels a side can be"
                + " used.", CustomMaskLimits.refusal("image/png", MB, 9000, 6000));
        assertEquals("This picture is 100 × 8001 pixels; pictures up to 8000 pixels a side can be"
                + " used.", CustomMaskLimits.refusal("image/webp", MB, 100, 8001));
    }

    @Test
    void saysTheSizeOfAnyHugeFileWithoutOverflow() {
        assertEquals("8796093022208.0", CustomMaskLimits.megabytesRoundedUp(Long.MAX_VALUE));
        assertEquals("879609302220.8", CustomMaskLimits.megabytesRoundedUp(Long.MAX_VALUE / 10));
        assertEquals("This picture is 8796093022208.0 MB; pictures up to 25 MB can be used.",
                CustomMaskLimits.refusal("image/png", Long.MAX_VALUE, 0, 0));
    }
}

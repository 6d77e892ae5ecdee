package app.maskai.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WasmThreadsTest {
    @Test
    void runsSingleThreadedUnlessAskedOnAnIsolatedPage() {
        assertFalse(WasmThreads.use(true, null));
        assertFalse(WasmThreads.use(true, "off"));
        assertTrue(WasmThreads.use(true, "on"));
        // No SharedArrayBuffer without isolation: "on" cannot help.
        assertFalse(WasmThreads.use(false, "on"));
    }
}

package app.maskai.core.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MaskManifestTest {
  private static final String FILE = "manifest.json";

  private static void assertRejected(String json, String expectedMessage) {
    MaskSpecException e = assertThrows(MaskSpecException.class,
        () -> MaskManifest.parse(json, FILE));
    assertEquals(expectedMessage, e.getMessage());
  }

  @Test
  void listsTheMaskFilesInOrder() throws MaskSpecException {
    assertEquals(Arrays.asList("surgical-blue.json", "party/confetti.json"),
        MaskManifest.parse("{\"schema\": \"maskai.manifest\", \"version\": 1,"
            + " \"masks\": [\"surgical-blue.json\", \"party/confetti.json\"]}", FILE));
  }

  @Test
  void rejectsAnEmptyOrRepeatingList() {
    assertRejected("{\"schema\": \"maskai.manifest\", \"version\": 1, \"masks\": []}",
        "manifest.json: masks is empty (list at least one mask file)");
    assertRejected("{\"schema\": \"maskai.manifest\", \"version\": 1,"
        + " \"masks\": [\"a.json\", \"b.json\", \"a.json\"]}",
        "manifest.json: masks[2] = \"a.json\" repeats masks[0]");
  }

  @Test
  void rejectsNamesThatAreNotRelativeJsonFiles() {
    assertRejected("{\"schema\": \"maskai.manifest\", \"version\": 1, \"masks\": [\"a.png\"]}",
        "manifest.json: masks[0] = \"a.png\" must name a .json file");
    assertRejected("{\"schema\": \"maskai.manifest\", \"version\": 1,"
        + " \"masks\": [\"../a.json\"]}",
        "manifest.json: masks[0] = \"../a.json\" must not contain \"..\"");
    assertRejected("{\"schema\": \"maskai.manifest\", \"version\": 1, \"masks\": [3]}",
        "manifest.json: masks[0] must be a string, found a number");
  }

  @Test
  void rejectsTheWrongSchema() {
    assertRejected("{\"schema\": \"maskai.mask\", \"version\": 1, \"masks\": [\"a.json\"]}",
        "manifest.json: schema is \"maskai.mask\", expected \"maskai.manifest\"");
    assertRejected("{\"schema\": \"maskai.manifest\", \"masks\": [\"a.json\"]}",
        "manifest.json: version is missing");
  }
}

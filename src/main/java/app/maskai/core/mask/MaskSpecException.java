package app.maskai.core.mask;

/**
 * A mask metadata or manifest file that breaks the schema. The message always starts with the
 * file name, then names the field and the problem, e.g.
 * "surgical-blue.json: mesh.triangles[12] = 900 is out of range (vertex count 212)".
 */
public final class MaskSpecException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fileName;

    public MaskSpecException(String fileName, String problem) {
        super(fileName + ": " + problem);
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}

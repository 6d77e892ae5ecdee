package app.maskai.core.mask;

/**
 * A named group of a mask's triangles (schema version 2, docs/CONTRACTS.md). A rigid part keeps
 * the canonical face model's shape: its vertices are placed by one similarity fitted to the face
 * (app.maskai.core.fit.MaskFit), so a respirator's cup does not crumple when the mouth opens.
 * The triangle array is shared, not copied: do not modify it.
 */
public final class MaskPart {
    /** 1 to {@link MaskSpecParser#MAX_PART_NAME_LENGTH} characters, unique within the mask. */
    public final String name;
    public final boolean rigid;
    /** 3 vertex indices (into the mask's vertex list) per triangle. */
    public final int[] triangles;

    public MaskPart(String name, boolean rigid, int[] triangles) {
        if (name == null || triangles == null || triangles.length % 3 != 0) {
            throw new IllegalArgumentException("a part needs a name and whole triangles");
        }
        this.name = name;
        this.rigid = rigid;
        this.triangles = triangles;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    @Override
    public String toString() {
        return "MaskPart(" + name + (rigid ? ", rigid, " : ", ") + triangleCount() + " triangles)";
    }
}

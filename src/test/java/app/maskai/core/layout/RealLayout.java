package app.maskai.core.layout;

/** The real canonical face model, read once for tests in any package. */
public final class RealLayout {
    public static final FaceLayout LAYOUT = FaceLayoutTest.real();

    private RealLayout() {
    }
}

package app.maskai.core.mask;

import app.maskai.core.json.Json;
import app.maskai.core.json.JsonException;
import java.util.List;
import java.util.Map;

/**
 * Typed reads from parsed JSON for the mask parsers, each failing with a {@link MaskSpecException}
 * that names the file and the field path (e.g. "mesh.uv[3]").
 */
public final class SchemaReader {
    /** Longest relative file name accepted (texture, thumbnail, manifest entries). */
    public static final int MAX_FILE_NAME_LENGTH = 200;

    private final String fileName;

    public SchemaReader(String fileName) {
        this.fileName = fileName == null ? "(unnamed)" : fileName;
    }

    public MaskSpecException problem(String message) {
        return new MaskSpecException(fileName, message);
    }

    public Map<String, Object> parseObject(String json) throws MaskSpecException {
        if (json == null) {
            throw problem("no content");
        }
        Object root;
        try {
            root = Json.parse(json);
        } catch (JsonException e) {
            throw problem("not valid JSON: " + e.getMessage());
        }
        return object(root, "the top level");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> object(Object value, String path) throws MaskSpecException {
        if (!(value instanceof Map)) {
            throw problem(path + " must be an object, found " + describe(value));
        }
        return (Map<String, Object>) value;
    }

    /** Refuses members other than {@code allowed}. */
    public void onlyKnownKeys(Map<String, Object> map, String prefix, String... allowed)
            throws MaskSpecException {
        for (String key : map.keySet()) {
            boolean known = false;
            for (String name : allowed) {
                known |= name.equals(key);
            }
            if (!known) {
                StringBuilder list = new StringBuilder();
                for (int i = 0; i < allowed.length; i++) {
                    list.append(i == 0 ? "" : ", ").append(allowed[i]);
                }
                throw problem("unknown field " + prefix + key + " (expected only: " + list + ")");
            }
        }
    }

    public Object member(Map<String, Object> map, String key, String path) throws MaskSpecException {
        if (!map.containsKey(key)) {
            throw problem(path + " is missing");
        }
        return map.get(key);
    }

    public String string(Map<String, Object> map, String key, String path) throws MaskSpecException {
        Object value = member(map, key, path);
        if (!(value instanceof String)) {
            throw problem(path + " must be a string, found " + describe(value));
        }
        return (String) value;
    }

    public double number(Map<String, Object> map, String key, String path) throws MaskSpecException {
        Object value = member(map, key, path);
        if (!(value instanceof Double)) {
            throw problem(path + " must be a number, found " + describe(value));
        }
        return ((Double) value).doubleValue();
    }

    public List<Object> array(Map<String, Object> map, String key, String path) throws MaskSpecException {
        Object value = member(map, key, path);
        if (!(value instanceof List)) {
            throw problem(path + " must be an array, found " + describe(value));
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value;
        return list;
    }

    /** A whole number from an array element or member. */
    public int integer(Object value, String path) throws MaskSpecException {
        if (!(value instanceof Double)) {
            throw problem(path + " must be a whole number, found " + describe(value));
        }
        double d = ((Double) value).doubleValue();
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw problem(path + " = " + Json.number(d) + " is not a whole number");
        }
        return (int) d;
    }

    /** Checks schema and version (minVersion..maxVersion); returns the version. */
    public int schema(Map<String, Object> root, String expectedSchema, int minVersion, int maxVersion)
            throws MaskSpecException {
        String schema = string(root, "schema", "schema");
        if (!schema.equals(expectedSchema)) {
            throw problem("schema is " + Json.quote(schema) + ", expected " + Json.quote(expectedSchema));
        }
        double version = number(root, "version", "version");
        if (!(version == Math.rint(version) && version >= minVersion && version <= maxVersion)) {
            throw problem("version " + Json.number(version) + " is not supported (this app reads "
                    + expectedSchema + (minVersion == maxVersion ? " version " + minVersion
                    : " versions " + minVersion + " to " + maxVersion) + ")");
        }
        return (int) version;
    }

    public boolean bool(Map<String, Object> map, String key, String path) throws MaskSpecException {
        Object value = member(map, key, path);
        if (!(value instanceof Boolean)) {
            throw problem(path + " must be true or false, found " + describe(value));
        }
        return ((Boolean) value).booleanValue();
    }

    /**
     * A file name relative to the file being read: not empty, no "..", no leading "/", no "://",
     * no backslash, no control characters.
     */
    public String relativeFileName(String name, String path) throws MaskSpecException {
        if (name.isEmpty()) {
            throw problem(path + " is empty");
        }
        if (name.length() > MAX_FILE_NAME_LENGTH) {
            throw problem(path + " is longer than " + MAX_FILE_NAME_LENGTH + " characters");
        }
        String quoted = Json.quote(name);
        if (name.startsWith("/")) {
            throw problem(path + " = " + quoted + " must be relative (starts with \"/\")");
        }
        if (name.indexOf("://") >= 0) {
            throw problem(path + " = " + quoted + " must be a relative file name, not a URL");
        }
        if (name.indexOf('\\') >= 0) {
            throw problem(path + " = " + quoted + " must use \"/\", not \"\\\"");
        }
        if (name.indexOf("..") >= 0) {
            throw problem(path + " = " + quoted + " must not contain \"..\"");
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 0x20 || name.charAt(i) == 0x7f) {
                throw problem(path + " = " + quoted + " contains a control character");
            }
        }
        return name;
    }

    public static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Double) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof Map) {
            return "an object";
        }
        return value.getClass().getName();
    }
}

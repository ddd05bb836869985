package io.characterstudio.testsupport;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.PathType;
import java.nio.file.InvalidPathException;

/**
 * A Unix-like Jimfs path type that refuses every name with a non-ASCII character, as the JVM does
 * when its file-name encoding is ASCII ({@code sun.jnu.encoding=ANSI_X3.4-1968}): tests of that
 * case need no locale.
 */
public final class AsciiOnlyPathType extends PathType {

    private AsciiOnlyPathType() {
        super(false, '/');
    }

    /** A file system with this path type, the root "/" and the working folder "/work". */
    public static Configuration configuration() {
        return Configuration.builder(new AsciiOnlyPathType())
                .setRoots("/")
                .setWorkingDirectory("/work")
                .setAttributeViews("basic")
                .build();
    }

    @Override
    public ParseResult parsePath(String path) {
        if (!path.chars().allMatch(c -> c < 128)) {
            throw new InvalidPathException(path, "Malformed input or input contains unmappable characters");
        }
        if (path.isEmpty()) {
            return emptyPath();
        }
        return new ParseResult(path.startsWith("/") ? "/" : null, splitter().split(path));
    }

    @Override
    public String toString(String root, Iterable<String> names) {
        return (root == null ? "" : root) + joiner().join(names);
    }

    @Override
    protected String toUriPath(String root, Iterable<String> names, boolean directory) {
        return "/" + joiner().join(names) + (directory ? "/" : "");
    }

    @Override
    protected ParseResult parseUriPath(String uriPath) {
        return parsePath(uriPath);
    }
}

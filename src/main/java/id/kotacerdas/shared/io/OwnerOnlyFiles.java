package id.kotacerdas.shared.io;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read and write (generated passwords and secrets): {@code rw-------} where the file
 * system knows POSIX permissions, and the closest the JDK offers elsewhere (Windows).
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {}

    /** Replaces the file with one holding {@code text}, never readable by others, not even for a moment. */
    public static void write(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        create(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Creates an empty file that only its owner may read and write. */
    public static void create(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            ownerOnlyElsewhere(file.toFile());
        }
    }

    /** Takes the rights of everyone but the owner from an existing file. */
    public static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            ownerOnlyElsewhere(file.toFile());
        }
    }

    private static void ownerOnlyElsewhere(File f) {
        f.setReadable(false, false);
        f.setWritable(false, false);
        f.setReadable(true, true);
        f.setWritable(true, true);
    }
}

package com.safetycredit.ledger.server.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files and folders only their owner may read: the data file, the keys, the node's identity. */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    public static Path folder(Path folder) {
        try {
            Files.createDirectories(folder);
            restrict(folder, FOLDER);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder " + folder.toAbsolutePath(), e);
        }
    }

    public static void file(Path file) {
        restrict(file, FILE);
    }

    public static void write(Path file, byte[] content) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            restrict(file, FILE);
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.toAbsolutePath(), e);
        }
    }

    /** On a file system without POSIX permissions (Windows) the folder's own access rules apply. */
    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (Files.exists(path) && Files.getFileStore(path).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict " + path.toAbsolutePath() + " to its owner", e);
        }
    }
}

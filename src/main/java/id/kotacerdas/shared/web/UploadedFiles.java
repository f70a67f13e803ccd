package id.kotacerdas.shared.web;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/**
 * An optional uploaded file as the use cases take it: its name (null without a file) and its content (empty without
 * a file), so that a missing file reaches the use case's own check and gets its message.
 */
public final class UploadedFiles {

    private UploadedFiles() {}

    public static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    public static byte[] bytes(MultipartFile file) throws IOException {
        return file == null ? new byte[0] : file.getBytes();
    }
}

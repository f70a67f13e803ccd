package id.kotacerdas.shared.files.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Evidence is a PDF, a PNG or JPEG image, or an office document (Word, Excel, PowerPoint, OpenDocument),
 * at most 5 MB, its type known from its content (not its name); its name is a plain file name, no path.
 * Office documents with macros ({@code .docm}, {@code .xlsm}, {@code .pptm}) are refused. A photo is a JPEG or PNG
 * image only ({@link #imageType}).
 */
public final class EvidenceRules {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Detected type → the type it is served with. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "application/pdf"),
            Map.entry("image/png", "image/png"),
            Map.entry("image/jpeg", "image/jpeg"),
            Map.entry("application/x-tika-ooxml", "application/octet-stream"),
            Map.entry(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("application/x-tika-msoffice", "application/octet-stream"),
            Map.entry("application/msword", "application/msword"),
            Map.entry("application/vnd.ms-excel", "application/vnd.ms-excel"),
            Map.entry("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text"),
            Map.entry(
                    "application/vnd.oasis.opendocument.spreadsheet",
                    "application/vnd.oasis.opendocument.spreadsheet"));

    /** The detected types a photo may have, each served as detected (images a browser shows inline safely). */
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");

    private static final Pattern UNSAFE_NAME = Pattern.compile("[/\\\\:\\x00-\\x1f]|\\.\\.");

    private EvidenceRules() {}

    /** The name to keep (stripped), refusing names with a path or control characters. */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("file", "evidence.name.missing", "The file has no name");
        }
        if (UNSAFE_NAME.matcher(name).find() || name.length() > 200) {
            throw new InvalidInput("file", "evidence.name.path", "The file name must be a plain name, no path");
        }
        return name.strip();
    }

    public static void checkSize(long size) {
        if (size <= 0) {
            throw new InvalidInput("file", "evidence.empty", "The file is empty");
        }
        if (size > MAX_BYTES) {
            throw new InvalidInput("file", "evidence.tooLarge", "The file is larger than 5 MB");
        }
    }

    /** As {@link #servedType(String)}, refusing also an Office Open XML document that carries macros. */
    public static String servedType(String detectedType, byte[] content) {
        String served = servedType(detectedType);
        if (detectedType.equals("application/x-tika-ooxml") || detectedType.contains("openxmlformats")) {
            OfficeMacros.macroEnabledType(content).ifPresent(macros -> {
                throw new InvalidInput(
                        "file",
                        "evidence.macros",
                        "Office documents with macros are not accepted (" + macros + ")",
                        macros);
            });
        }
        return served;
    }

    /** The type to serve a photo with: its detected type when it is a JPEG or PNG image, else a refusal. */
    public static String imageType(String detectedType) {
        if (!IMAGES.contains(detectedType)) {
            throw new InvalidInput(
                    "file",
                    "evidence.image",
                    "Only JPEG and PNG images are accepted (this file is " + detectedType + ")",
                    detectedType);
        }
        return detectedType;
    }

    /** The type to serve the file with, or a refusal when the detected content is not allowed. */
    public static String servedType(String detectedType) {
        String served = ALLOWED.get(detectedType);
        if (served == null) {
            throw new InvalidInput(
                    "file",
                    "evidence.type",
                    "Only PDF, PNG, JPEG and office documents are accepted (this file is " + detectedType + ")",
                    detectedType);
        }
        return served;
    }
}

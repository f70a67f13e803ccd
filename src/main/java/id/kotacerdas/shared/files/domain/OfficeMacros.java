package id.kotacerdas.shared.files.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds macros in an Office Open XML file (a zip package): a macro-enabled document ({@code .docm}, {@code .xlsm},
 * {@code .pptm}...) declares a {@code macroEnabled} main part in {@code [Content_Types].xml} and carries its
 * code in {@code vbaProject.bin}. Tika's core detects such a file only as {@code application/x-tika-ooxml}
 * (its container detector is in the parser modules), so the package is read here; the type reported is the
 * one Tika gives such files.
 */
public final class OfficeMacros {

    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

    private OfficeMacros() {}

    /** The macro-enabled type of this package, or empty when it holds no macros (or is not a zip package). */
    public static Optional<String> macroEnabledType(byte[] content) {
        boolean vba = false;
        String types = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
                    vba = true;
                } else if (name.equals("[content_types].xml")) {
                    types = new String(limited(zip), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable package: Tika's verdict stands
        }
        if (types.contains("application/vnd.ms-word.document.macroenabled")
                || types.contains("application/vnd.ms-word.template.macroenabled")) {
            return Optional.of("application/vnd.ms-word.document.macroEnabled.12");
        }
        if (types.contains("application/vnd.ms-excel.sheet.macroenabled")
                || types.contains("application/vnd.ms-excel.template.macroenabled")
                || types.contains("application/vnd.ms-excel.addin.macroenabled")) {
            return Optional.of("application/vnd.ms-excel.sheet.macroEnabled.12");
        }
        if (types.contains("application/vnd.ms-powerpoint.presentation.macroenabled")
                || types.contains("application/vnd.ms-powerpoint.slideshow.macroenabled")
                || types.contains("application/vnd.ms-powerpoint.template.macroenabled")) {
            return Optional.of("application/vnd.ms-powerpoint.presentation.macroEnabled.12");
        }
        return vba ? Optional.of("application/vnd.ms-office.vbaProject") : Optional.empty();
    }

    private static byte[] limited(InputStream in) throws IOException {
        return in.readNBytes(MAX_CONTENT_TYPES_BYTES);
    }
}

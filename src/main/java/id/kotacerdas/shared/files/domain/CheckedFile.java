package id.kotacerdas.shared.files.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.Tika;

/**
 * An uploaded evidence file that passed {@link EvidenceRules}: its plain name, the type it is served with (from
 * its content, by Apache Tika's magic detection, never from its name or declared type), and its bytes. The
 * self-assessment's evidence and a masterplan's realisation evidence are checked alike ({@link #of}); a photo is
 * checked the same way but must be a JPEG or PNG image ({@link #image}).
 */
public final class CheckedFile {

    private static final Tika TIKA = new Tika();

    private final String name;
    private final String contentType;
    private final byte[] content;

    private CheckedFile(String name, String contentType, byte[] content) {
        this.name = name;
        this.contentType = contentType;
        this.content = content;
    }

    /**
     * The file as uploaded, or an {@code InvalidInput} on field {@code file}: {@code evidence.name.missing},
     * {@code evidence.name.path}, {@code evidence.empty}, {@code evidence.tooLarge}, {@code evidence.type},
     * {@code evidence.macros}.
     */
    public static CheckedFile of(String filename, byte[] content) {
        String name = EvidenceRules.checkName(filename);
        EvidenceRules.checkSize(content == null ? 0 : content.length);
        String type = EvidenceRules.servedType(TIKA.detect(content), content);
        return new CheckedFile(name, type, content);
    }

    /**
     * A photo as uploaded: checked as {@link #of} is, but only a JPEG or PNG image by its content; anything else
     * (a PDF, an office document, text named {@code .jpg}) is an {@code InvalidInput} {@code evidence.image} on
     * field {@code file}.
     */
    public static CheckedFile image(String filename, byte[] content) {
        String name = EvidenceRules.checkName(filename);
        EvidenceRules.checkSize(content == null ? 0 : content.length);
        String type = EvidenceRules.imageType(TIKA.detect(content));
        return new CheckedFile(name, type, content);
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    /** The bytes as uploaded (not copied: the caller stores them and lets go). */
    public byte[] content() {
        return content;
    }

    public long size() {
        return content.length;
    }

    /** The content's SHA-256 in lower-case hex, kept beside each file. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

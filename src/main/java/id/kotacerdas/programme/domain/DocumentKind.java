package id.kotacerdas.programme.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.Locale;

/**
 * What a region uploads for its masterplan review: the masterplan document itself (a PDF, nothing else), or its
 * quick-win programme (a PDF or an office document). Both are first checked as evidence is (type told by content,
 * at most 5 MB, no macros); the kind then narrows the types.
 */
public enum DocumentKind {
    MASTERPLAN,
    QUICK_WIN;

    /** The kind named, ignoring case; {@code review.document.kind} on field {@code kind} otherwise. */
    public static DocumentKind parse(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DocumentKind k : values()) {
            if (k.name().equals(n)) {
                return k;
            }
        }
        throw new InvalidInput(
                "kind", "review.document.kind", "The kind is MASTERPLAN or QUICK_WIN", String.valueOf(name));
    }

    /**
     * Refuses a file whose type (as detected from its content) this kind does not take: a masterplan that is not a
     * PDF ({@code review.document.notPdf}), a quick-win programme that is an image ({@code
     * review.document.quickWinType}).
     */
    public void accept(String detectedType) {
        if (this == MASTERPLAN && !"application/pdf".equals(detectedType)) {
            throw new InvalidInput(
                    "file", "review.document.notPdf", "The masterplan document must be a PDF", detectedType);
        }
        if (this == QUICK_WIN && detectedType.startsWith("image/")) {
            throw new InvalidInput(
                    "file",
                    "review.document.quickWinType",
                    "The quick-win programme is a PDF or an office document",
                    detectedType);
        }
    }
}

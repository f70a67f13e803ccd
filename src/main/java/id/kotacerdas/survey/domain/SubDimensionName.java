package id.kotacerdas.survey.domain;

/** Reads a sub-dimension's name from the instrument's sub-indicator, e.g. "I. Sub Dimensi: Layanan Publik". */
public final class SubDimensionName {

    private SubDimensionName() {}

    /** "II. Sub Dimensi: Kebijakan Publik (diselenggarakan …)" → "Kebijakan Publik (diselenggarakan …)". */
    public static String of(String subIndicator) {
        return subIndicator
                .trim()
                .replaceFirst("(?i)^[IVXLC]+\\.\\s*", "")
                .replaceFirst("(?i)^sub\\s+dimensi\\s*:\\s*", "");
    }
}

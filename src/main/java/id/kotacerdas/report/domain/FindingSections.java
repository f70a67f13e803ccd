package id.kotacerdas.report.domain;

import id.kotacerdas.shared.format.IndonesianFormat;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessors' findings as the report prints them (like the seed's region report): a section per kind —
 * Kekuatan, Kelemahan, Rekomendasi — and in each the assessors, "name, affiliation", in the same alphabetical
 * order in every section, with their findings in the order written. A kind nobody wrote is left out.
 */
public record FindingSections(List<Section> sections) {

    public static final List<String> KINDS = List.of("KEKUATAN", "KELEMAHAN", "REKOMENDASI");

    /** One finding as stored: its kind, the assessor's name and affiliation (may be blank), its text. */
    public record Finding(String kind, String assessor, String affiliation, String text) {

        String signature() {
            return affiliation == null || affiliation.isBlank() ? assessor : assessor + ", " + affiliation;
        }
    }

    public record Signed(String signature, List<String> texts) {}

    public record Section(String kind, List<Signed> assessors) {}

    public static FindingSections of(List<Finding> findings) {
        Collator order = Collator.getInstance(IndonesianFormat.LOCALE);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort((a, b) -> order.compare(a.signature(), b.signature()));
        List<Section> sections = new ArrayList<>();
        for (String kind : KINDS) {
            Map<String, List<String>> byAssessor = new LinkedHashMap<>();
            sorted.stream()
                    .filter(f -> f.kind().equals(kind))
                    .forEach(f -> byAssessor
                            .computeIfAbsent(f.signature(), k -> new ArrayList<>())
                            .add(f.text()));
            if (!byAssessor.isEmpty()) {
                List<Signed> assessors = new ArrayList<>();
                byAssessor.forEach((signature, texts) -> assessors.add(new Signed(signature, List.copyOf(texts))));
                sections.add(new Section(kind, List.copyOf(assessors)));
            }
        }
        return new FindingSections(List.copyOf(sections));
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }
}

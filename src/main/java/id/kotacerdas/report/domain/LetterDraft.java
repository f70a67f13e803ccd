package id.kotacerdas.report.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The letter the app proposes until an administrator writes one: the seed letter's structure (participation,
 * the method with the period's weights per track, the two indices, the assessors' findings), filled from the
 * period's data. Its number is left for the administrator (a placeholder says so).
 */
public final class LetterDraft {

    /** What the draft is written from. {@code weights}: per track name, its dimensions' names and weights. */
    public record Facts(
            int year,
            int participants,
            int withResult,
            Map<String, Map<String, BigDecimal>> weights,
            LocalDate today) {}

    private LetterDraft() {}

    public static ResultsLetter of(Facts f) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Dengan hormat, bersama ini kami sampaikan hasil evaluasi implementasi Gerakan Menuju Kota"
                + " Cerdas (Smart City) Tahun " + f.year() + ".");
        paragraphs.add("Dari " + f.participants() + " kabupaten/kota peserta evaluasi, " + f.withResult()
                + " kabupaten/kota mengisi kuesioner (self-assessment) dan dinilai oleh tim asesor; "
                + (f.participants() - f.withResult())
                + " kabupaten/kota tidak memperoleh nilai (daftar terlampir).");
        f.weights()
                .forEach((track, dimensions) -> paragraphs.add("Penilaian pada jalur " + track + " berdasarkan "
                        + dimensions.size() + " dimensi: " + weighted(dimensions) + "."));
        paragraphs.add("Indeks Pencapaian (nilai final) adalah jumlah nilai setiap dimensi dikalikan bobotnya;"
                + " Indeks Peningkatan (tingkat improvement) adalah selisih nilai final terhadap nilai tahun"
                + " sebelumnya. Hasil seluruh kabupaten/kota tercantum pada Lampiran II.");
        paragraphs.add("Masukan para asesor berupa kekuatan, kelemahan, dan rekomendasi untuk setiap"
                + " kabupaten/kota disampaikan dalam laporan hasil evaluasi masing-masing daerah.");
        paragraphs.add("Demikian surat ini kami sampaikan. Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.");
        return new ResultsLetter(
                "(nomor surat)",
                f.today(),
                "Jakarta",
                "Pemberitahuan Hasil Evaluasi Smart City Tahun " + f.year() + " untuk " + f.participants()
                        + " Kabupaten/Kota",
                "(nama penanda tangan)",
                "Direktur Jenderal Aplikasi Informatika",
                List.copyOf(paragraphs));
    }

    private static String weighted(Map<String, BigDecimal> dimensions) {
        List<String> parts = new ArrayList<>();
        dimensions.forEach((name, weight) -> parts.add(name + " (bobot "
                + weight.movePointRight(2).stripTrailingZeros().toPlainString() + "%)"));
        return String.join(", ", parts);
    }
}

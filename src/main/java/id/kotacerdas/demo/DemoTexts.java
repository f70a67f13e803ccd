package id.kotacerdas.demo;

import java.util.List;
import java.util.Random;

/** Plausible Indonesian text for the demo: an operator's justification of a level, and citizens' comments. */
final class DemoTexts {

    private static final List<String> DOCUMENTS = List.of(
            "SK Bupati/Wali Kota",
            "notulen rapat Dewan Smart City",
            "laporan tahunan Diskominfo",
            "dokumen Renja perangkat daerah",
            "laporan capaian kinerja triwulan",
            "tangkapan layar dasbor layanan");

    private static final List<List<String>> BY_LEVEL = List.of(
            List.of(
                    "Belum tersedia: %s. Kegiatan ini akan diusulkan dalam Renja perangkat daerah tahun depan.",
                    "Belum berjalan: %s. Anggarannya belum dialokasikan; Bappeda sedang menyusun kajiannya."),
            List.of(
                    "Tahap awal: %s. Rencana aksi sudah disusun, pelaksanaan baru di satu perangkat daerah.",
                    "Sebagian kecil sudah berjalan: %s. Bukti awal terlampir (%s), perluasan dijadwalkan tahun ini."),
            List.of(
                    "Sebagian besar sudah berjalan: %s. Tindak lanjut di beberapa perangkat daerah masih berlangsung;"
                            + " bukti: %s.",
                    "Sudah dilaksanakan dan dipantau: %s. Evaluasi berkala belum mencakup seluruh kecamatan; bukti: %s."),
            List.of(
                    "Sudah berjalan penuh dan terdokumentasi: %s. Bukti: %s tahun berjalan.",
                    "Terlaksana di seluruh perangkat daerah dan dievaluasi tiap semester: %s. Bukti: %s."));

    private static final List<String> COMMENTS = List.of(
            "Pelayanannya cepat, petugas ramah.",
            "Aplikasinya membantu, tapi kadang lambat di jam sibuk.",
            "Informasi jadwal layanan perlu lebih jelas.",
            "Sudah lebih baik dari tahun lalu.",
            "Mohon diperbanyak titik wifi publik di kecamatan.",
            "Antrean di loket masih panjang.",
            "Pengaduan saya ditanggapi dalam dua hari, terima kasih.");

    private DemoTexts() {}

    static String justification(int level, String subIndicator, Random random) {
        List<String> forms = BY_LEVEL.get(level - 1);
        String form = forms.get(random.nextInt(forms.size()));
        String topic = subIndicator == null || subIndicator.isBlank() ? "kegiatan ini" : lowerFirst(subIndicator);
        return String.format(form, topic, DOCUMENTS.get(random.nextInt(DOCUMENTS.size())));
    }

    /** A comment for about one response in five, else none. */
    static String comment(Random random) {
        return random.nextInt(5) == 0 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : null;
    }

    private static String lowerFirst(String text) {
        String t = text.strip();
        if (t.length() > 1 && Character.isUpperCase(t.charAt(1))) {
            return t;
        }
        return Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }
}

package id.kotacerdas.demo;

import id.kotacerdas.assessment.ScheduleInterviews;
import id.kotacerdas.assessment.WriteFindings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the panels recorded besides scores: the scored region's interview (held three days before the demo was
 * created, the region and four assessors present) and its assessors' findings; the submitted region's interview
 * scheduled a week ahead.
 */
@Component
class DemoPanelRecords {

    private static final List<List<String>> FINDINGS = List.of(
            List.of(
                    "KEKUATAN",
                    "Dewan Smart City aktif: rapat triwulan terdokumentasi lengkap dengan notulen dan tindak lanjut."),
            List.of(
                    "KELEMAHAN",
                    "Integrasi data antar perangkat daerah belum berjalan; beberapa aplikasi layanan masih berdiri"
                            + " sendiri."),
            List.of(
                    "REKOMENDASI",
                    "Susun peta jalan interoperabilitas data dengan Satu Data Indonesia dan tetapkan walidata di"
                            + " setiap perangkat daerah."),
            List.of("KEKUATAN", "Layanan pengaduan daring dijawab rata-rata dalam dua hari kerja."),
            List.of("KELEMAHAN", "Quick win tahun berjalan belum memiliki indikator capaian yang terukur."),
            List.of(
                    "REKOMENDASI",
                    "Tetapkan indikator dan target per quick win, dan laporkan capaiannya tiap semester."));

    private final ScheduleInterviews interviews;
    private final WriteFindings findings;
    private final Clock clock;

    DemoPanelRecords(ScheduleInterviews interviews, WriteFindings findings, Clock clock) {
        this.interviews = interviews;
        this.findings = findings;
        this.clock = clock;
    }

    void interviewHeld(DemoRegion region) {
        interviews.schedule(DemoData.YEAR, region.code(), at(-3, 9), link(region), DemoSeeder.ministry());
        List<String> present = DemoData.ASSESSORS.subList(0, 4).stream()
                .map(DemoAssessor::username)
                .toList();
        interviews.recordAttendance(DemoData.YEAR, region.code(), true, present, DemoSeeder.ministry());
    }

    void interviewScheduled(DemoRegion region) {
        interviews.schedule(DemoData.YEAR, region.code(), at(7, 10), link(region), DemoSeeder.ministry());
    }

    void findings(DemoRegion region) {
        for (int i = 0; i < FINDINGS.size(); i++) {
            DemoAssessor assessor = DemoData.ASSESSORS.get(i % 3);
            List<String> finding = FINDINGS.get(i);
            findings.add(DemoData.YEAR, region.code(), finding.get(0), finding.get(1), DemoPanels.actor(assessor));
        }
    }

    private OffsetDateTime at(int days, int hour) {
        LocalDate day = LocalDate.now(clock).plusDays(days);
        return day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toOffsetDateTime();
    }

    private static String link(DemoRegion region) {
        return "https://vicon.kotacerdas.example.go.id/wawancara-" + DemoData.YEAR + "-" + region.slug();
    }
}

package id.kotacerdas.demo;

import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.PanelScores;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView.QuestionView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.Role;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The panels: five assessors on every region that submitted, scoring through the assessors' use case. Each
 * question has a level the panel sees around the region's 2024 result; each assessor scores around it with their
 * own leaning, so that some questions spread by two or more and go to reconciliation, where one assessor revises
 * a score with a reason.
 */
@Component
class DemoPanels {

    private static final long SEED = 2025_0002L;
    /** Questions the assessor still scoring of the region part of the way has scored. */
    private static final int PARTLY_SCORED = 40;

    private final AssignPanel panels;
    private final ScoreQuestions scores;
    private final InstrumentApi instruments;

    DemoPanels(AssignPanel panels, ScoreQuestions scores, InstrumentApi instruments) {
        this.panels = panels;
        this.scores = scores;
        this.instruments = instruments;
    }

    void assign(DemoRegion region) {
        List<String> members =
                DemoData.ASSESSORS.stream().map(DemoAssessor::username).toList();
        panels.assign(DemoData.YEAR, region.code(), members, DemoSeeder.ministry());
    }

    /** Scores the region as far as its stage says: the whole panel, or two submitted and one part of the way. */
    void score(DemoRegion region) {
        List<QuestionView> questions = instruments.instrument(DemoData.YEAR).questions();
        Random random = DemoLevels.seeded(SEED + region.code().hashCode());
        double[] levels = questions.stream()
                .mapToDouble(q -> region.level(q.dimension()) + random.nextGaussian() * 0.65)
                .toArray();
        int scoring = region.stage() == DemoRegion.Stage.SCORED ? DemoData.ASSESSORS.size() : 3;
        for (int a = 0; a < scoring; a++) {
            DemoAssessor assessor = DemoData.ASSESSORS.get(a);
            boolean finishes = region.stage() == DemoRegion.Stage.SCORED || a < 2;
            int count = finishes ? questions.size() : PARTLY_SCORED;
            for (int i = 0; i < count; i++) {
                int score = DemoLevels.around(levels[i] + assessor.leaning(), 0.33, random);
                String note = random.nextInt(8) == 0 ? "Bukti dicek pada dokumen terlampir." : "";
                scores.score(DemoData.YEAR, region.code(), questions.get(i).no(), score, note, null, actor(assessor));
            }
            if (finishes) {
                scores.submit(DemoData.YEAR, region.code(), actor(assessor));
            }
        }
        if (region.stage() == DemoRegion.Stage.SCORED) {
            reviseOne(region);
        }
    }

    /** The most lenient-minded assessor moves one question of the reconciliation queue to the panel's middle. */
    private void reviseOne(DemoRegion region) {
        PanelScores panel = scores.scores(DemoData.YEAR, region.code(), DemoSeeder.ministry());
        if (panel.reconciliation().isEmpty()) {
            return;
        }
        int no = panel.reconciliation().get(0);
        DemoAssessor assessor = DemoData.ASSESSORS.get(1);
        int[] given = panel.scores().stream()
                .filter(s -> s.no() == no)
                .mapToInt(s -> s.score())
                .sorted()
                .toArray();
        int middle = given[given.length / 2];
        scores.score(
                DemoData.YEAR,
                region.code(),
                no,
                middle,
                "Disesuaikan setelah rapat rekonsiliasi panel.",
                "Bukti yang ditunjukkan saat wawancara belum mencakup seluruh perangkat daerah.",
                actor(assessor));
    }

    static Actor actor(DemoAssessor assessor) {
        return new Actor(assessor.username(), assessor.fullName(), Role.ASSESSOR, null, assessor.affiliation());
    }
}

package id.kotacerdas.analytics;

import id.kotacerdas.analytics.domain.Alpha;
import id.kotacerdas.analytics.domain.AssessorCalibration;
import id.kotacerdas.analytics.domain.Calibration;
import id.kotacerdas.analytics.domain.PanelAgreement;
import id.kotacerdas.analytics.domain.PanelSheet;
import id.kotacerdas.analytics.domain.ScoredQuestion;
import id.kotacerdas.assessment.SubmittedScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a period's submitted scores say about its panels and assessors: each region's panel sheet and every
 * assessor's calibration, computed from the scores alone and kept until they change ({@link PeriodAnalyses}); each
 * panel's alpha over all questions on first use (the tracking dashboard, the agreement overview). A panel's
 * agreement in detail (per dimension, most-spread questions) is computed from its sheet when asked.
 */
final class PeriodAnalysis {

    private final Map<String, PanelSheet> sheets;
    private final List<AssessorCalibration> calibration;
    private volatile Map<String, Alpha> alphas;

    private PeriodAnalysis(Map<String, PanelSheet> sheets, List<AssessorCalibration> calibration) {
        this.sheets = sheets;
        this.calibration = calibration;
    }

    /**
     * @param dimensions each question's dimension, by number (scores of other numbers are ignored)
     * @param scores the period's submitted scores, by region, question and assessor
     */
    static PeriodAnalysis of(Map<Integer, String> dimensions, List<SubmittedScore> scores, int reconciliationSpread) {
        Map<String, PanelSheet> sheets = sheets(dimensions, scores);
        return new PeriodAnalysis(
                Collections.unmodifiableMap(sheets),
                Calibration.of(List.copyOf(sheets.values()), reconciliationSpread));
    }

    Map<String, PanelSheet> sheets() {
        return sheets;
    }

    List<AssessorCalibration> calibration() {
        return calibration;
    }

    /** Each region's alpha over all its questions (computed once; two threads may both compute it, equally). */
    Map<String, Alpha> alphas() {
        Map<String, Alpha> computed = alphas;
        if (computed == null) {
            Map<String, Alpha> byRegion = new TreeMap<>();
            sheets.forEach((region, sheet) -> byRegion.put(region, PanelAgreement.overall(sheet)));
            computed = Collections.unmodifiableMap(byRegion);
            alphas = computed;
        }
        return computed;
    }

    private static Map<String, PanelSheet> sheets(Map<Integer, String> dimensions, List<SubmittedScore> scores) {
        Map<String, Map<Integer, Map<String, Integer>>> byRegion = new TreeMap<>();
        Map<String, TreeSet<String>> assessors = new TreeMap<>();
        for (SubmittedScore s : scores) {
            if (dimensions.containsKey(s.no())) {
                byRegion.computeIfAbsent(s.regionCode(), r -> new TreeMap<>())
                        .computeIfAbsent(s.no(), no -> new LinkedHashMap<>())
                        .put(s.assessor(), s.score());
                assessors.computeIfAbsent(s.regionCode(), r -> new TreeSet<>()).add(s.assessor());
            }
        }
        Map<String, PanelSheet> sheets = new TreeMap<>();
        byRegion.forEach((region, questions) -> {
            List<ScoredQuestion> scored = new ArrayList<>(questions.size());
            questions.forEach((no, byAssessor) -> scored.add(new ScoredQuestion(no, dimensions.get(no), byAssessor)));
            sheets.put(region, new PanelSheet(region, List.copyOf(assessors.get(region)), scored));
        });
        return sheets;
    }
}

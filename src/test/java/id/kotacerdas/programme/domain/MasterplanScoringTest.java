package id.kotacerdas.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The masterplan score of docs/method.md, section 8.6: per criterion the mean of the submitted reviewers' scores,
 * then the weighted mean over the criteria (weights normalised), rounded half up to 2 decimals once. Every expected
 * number below is worked out by hand in the comments.
 */
class MasterplanScoringTest {

    static final List<String> CODES = List.of("RPJMD", "ANALISIS", "DIMENSI", "ROADMAP", "QUICK_WIN", "TATA_KELOLA");

    /** Weights in percent, summing to 100: normalised, they count 0.12, 0.18, 0.25, 0.20, 0.15, 0.10. */
    static Rubric weighted() {
        return Rubric.of(List.of(
                new RubricCriterion("RPJMD", "Keselarasan dengan RPJMD", new BigDecimal("12")),
                new RubricCriterion("ANALISIS", "Analisis kondisi daerah", new BigDecimal("18")),
                new RubricCriterion("DIMENSI", "Enam dimensi smart city", new BigDecimal("25")),
                new RubricCriterion("ROADMAP", "Roadmap dan rencana aksi", new BigDecimal("20")),
                new RubricCriterion("QUICK_WIN", "Program quick win", new BigDecimal("15")),
                new RubricCriterion("TATA_KELOLA", "Tata kelola implementasi", new BigDecimal("10"))));
    }

    /** A sheet scoring the six criteria in the order of {@link #CODES}. */
    static ReviewSheet sheet(String reviewer, int... scores) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            byCode.put(CODES.get(i), scores[i]);
        }
        return new ReviewSheet(reviewer, byCode);
    }

    @Test
    void three_reviewers_on_a_weighted_rubric_give_the_weighted_mean_rounded_half_up_like_pekalongans_3_44() {
        // Kota Pekalongan's 2018 masterplan scored 3.44; three reviewers:
        //               RPJMD ANALISIS DIMENSI ROADMAP QUICK_WIN TATA_KELOLA
        //   reviewer 1    3      4        4       4        3         4
        //   reviewer 2    3      3        4       3        4         4
        //   reviewer 3    2      3        3       4        3         3
        //   sum           8     10       11      11       10        11
        //   mean      2.666667 3.333333 3.666667 3.666667 3.333333 3.666667
        // weights 12, 18, 25, 20, 15, 10 (sum 100):
        //   Σ weight × sum = 96 + 180 + 275 + 220 + 150 + 110 = 1031; reviewers × Σ weights = 3 × 100 = 300
        //   1031 / 300 = 3.436666… → 3.44 (truncated it would be 3.43)
        MasterplanScore score = MasterplanScoring.score(
                        weighted(),
                        List.of(
                                sheet("asr-1", 3, 4, 4, 4, 3, 4),
                                sheet("asr-2", 3, 3, 4, 3, 4, 4),
                                sheet("asr-3", 2, 3, 3, 4, 3, 3)))
                .orElseThrow();

        assertThat(score.score()).isEqualByComparingTo("3.44");
        assertThat(score.score().scale()).isEqualTo(2);
        assertThat(score.reviewers()).isEqualTo(3);
        assertThat(score.numerator()).isEqualByComparingTo("1031");
        assertThat(score.denominator()).isEqualByComparingTo("300");
        assertThat(score.unrounded()).isEqualByComparingTo("3.436667");
        assertThat(score.totalWeight()).isEqualByComparingTo("100");

        CriterionScore rpjmd = score.criteria().get(0);
        assertThat(rpjmd.code()).isEqualTo("RPJMD");
        assertThat(rpjmd.scores()).containsExactly(3, 3, 2);
        assertThat(rpjmd.sum()).isEqualTo(8);
        assertThat(rpjmd.mean()).isEqualByComparingTo("2.666667");
        assertThat(rpjmd.weight()).isEqualByComparingTo("12");
        assertThat(rpjmd.share()).isEqualByComparingTo("0.12");
        assertThat(rpjmd.product()).isEqualByComparingTo("32"); // 12 × 8 / 3
        assertThat(score.criteria()).extracting(CriterionScore::sum).containsExactly(8, 10, 11, 11, 10, 11);

        // the same weights written as shares summing to 1 score the same
        Rubric asShares = Rubric.of(weighted().criteria().stream()
                .map(c -> new RubricCriterion(
                        c.code(), c.name(), c.weight().divide(BigDecimal.valueOf(100), 2, RoundingMode.UNNECESSARY)))
                .toList());
        assertThat(MasterplanScoring.score(
                                asShares,
                                List.of(
                                        sheet("asr-1", 3, 4, 4, 4, 3, 4),
                                        sheet("asr-2", 3, 3, 4, 3, 4, 4),
                                        sheet("asr-3", 2, 3, 3, 4, 3, 3)))
                        .orElseThrow()
                        .score())
                .isEqualByComparingTo("3.44");
    }

    @Test
    void the_default_rubric_weighs_the_six_criteria_equally() {
        // 18 scores adding up to 62: 62 / (3 × 6) = 3.4444… → 3.44
        MasterplanScore score = MasterplanScoring.score(
                        Rubric.standard(),
                        List.of(
                                sheet("a", 4, 3, 4, 3, 4, 3),
                                sheet("b", 3, 3, 4, 3, 4, 4),
                                sheet("c", 3, 3, 4, 3, 4, 3)))
                .orElseThrow();
        assertThat(score.numerator()).isEqualByComparingTo("62");
        assertThat(score.denominator()).isEqualByComparingTo("18");
        assertThat(score.score()).isEqualByComparingTo("3.44");
        assertThat(score.criteria())
                .extracting(CriterionScore::share)
                .allSatisfy(s -> assertThat(s).isEqualByComparingTo("0.166667"));
        assertThat(Rubric.standard().codes()).containsExactlyElementsOf(CODES);
    }

    @Test
    void a_value_exactly_half_way_rounds_up() {
        // two reviewers, sums 5, 8, 5, 8, 8, 8 on weights 12, 18, 25, 20, 15, 10:
        //   60 + 144 + 125 + 160 + 120 + 80 = 689; 689 / (2 × 100) = 3.445 exactly → 3.45 (half even would give 3.44)
        assertThat(MasterplanScoring.score(
                                weighted(), List.of(sheet("a", 2, 4, 2, 4, 4, 4), sheet("b", 3, 4, 3, 4, 4, 4)))
                        .orElseThrow()
                        .score())
                .isEqualByComparingTo("3.45");
        // sums 6, 5, 7, 8, 8, 7: 72 + 90 + 175 + 160 + 120 + 70 = 687; 687 / 200 = 3.435 → 3.44 (half down: 3.43)
        assertThat(MasterplanScoring.score(
                                weighted(), List.of(sheet("a", 3, 2, 3, 4, 4, 3), sheet("b", 3, 3, 4, 4, 4, 4)))
                        .orElseThrow()
                        .score())
                .isEqualByComparingTo("3.44");
    }

    @Test
    void one_reviewer_scores_alone_and_no_submitted_review_gives_no_score() {
        assertThat(MasterplanScoring.score(Rubric.standard(), List.of())).isEmpty();
        MasterplanScore alone = MasterplanScoring.score(Rubric.standard(), List.of(sheet("a", 4, 4, 4, 4, 4, 1)))
                .orElseThrow();
        // 21 / 6 = 3.5
        assertThat(alone.score()).isEqualByComparingTo("3.50");
        assertThat(alone.unrounded()).isEqualByComparingTo("3.5");
    }

    @Test
    void a_sheet_that_misses_a_criterion_or_scores_outside_1_to_4_is_not_scored() {
        Map<String, Integer> five =
                new LinkedHashMap<>(sheet("a", 3, 3, 3, 3, 3, 3).scores());
        five.remove("ROADMAP");
        assertThatThrownBy(() -> MasterplanScoring.score(Rubric.standard(), List.of(new ReviewSheet("a", five))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MasterplanScoring.score(Rubric.standard(), List.of(sheet("a", 3, 3, 3, 3, 3, 5))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rubric_refuses_what_it_cannot_weigh() {
        RubricCriterion ok = new RubricCriterion("RPJMD", "RPJMD", BigDecimal.ONE);
        assertThatThrownBy(() -> Rubric.of(List.of()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("review.rubric.empty"));
        assertThatThrownBy(() -> Rubric.of(List.of(ok, new RubricCriterion("rpjmd", "lagi", BigDecimal.ONE))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("review.rubric.duplicate"));
        assertThatThrownBy(() -> Rubric.of(List.of(new RubricCriterion("1A", "x", BigDecimal.ONE))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("review.rubric.code"));
        assertThatThrownBy(() -> Rubric.of(List.of(new RubricCriterion("A", " ", BigDecimal.ONE))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("review.rubric.name"));
        for (String weight : List.of("0", "-1", "100.0001", "0.00001")) {
            assertThatThrownBy(() -> Rubric.of(List.of(new RubricCriterion("A", "x", new BigDecimal(weight)))))
                    .as(weight)
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("review.rubric.weight"));
        }
        assertThat(Rubric.of(List.of(new RubricCriterion(" tata_kelola ", " Tata kelola ", new BigDecimal("2.50"))))
                        .criteria())
                .containsExactly(new RubricCriterion("TATA_KELOLA", "Tata kelola", new BigDecimal("2.5")));
    }

    @Test
    void the_masterplan_is_a_pdf_and_the_quick_win_programme_no_image() {
        DocumentKind.MASTERPLAN.accept("application/pdf");
        assertThatThrownBy(() -> DocumentKind.MASTERPLAN.accept("application/msword"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("review.document.notPdf"));
        DocumentKind.QUICK_WIN.accept("application/pdf");
        DocumentKind.QUICK_WIN.accept("application/msword");
        assertThatThrownBy(() -> DocumentKind.QUICK_WIN.accept("image/png"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("review.document.quickWinType"));
        assertThat(DocumentKind.parse("quick-win")).isEqualTo(DocumentKind.QUICK_WIN);
        assertThatThrownBy(() -> DocumentKind.parse(null)).isInstanceOf(InvalidInput.class);
    }
}

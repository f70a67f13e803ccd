package id.kotacerdas.demo;

import id.kotacerdas.assessment.AnswerQuestions;
import id.kotacerdas.assessment.EvidenceFiles;
import id.kotacerdas.assessment.SubmitSelfAssessment;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView.QuestionView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.Role;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The regions' operators fill their self-assessment through the same use cases as the pages: a level and an
 * Indonesian justification per question (a little more optimistic than their 2024 result), a few evidence files,
 * and the submission, except the region still answering, which got through about three questions in five.
 */
@Component
class DemoSelfAssessments {

    private static final long SEED = 2025_0001L;
    /** Questions with an evidence file, as an operator would attach the main documents. */
    private static final List<Integer> WITH_EVIDENCE = List.of(1, 2, 6, 18, 104);

    private final AnswerQuestions answers;
    private final EvidenceFiles evidence;
    private final SubmitSelfAssessment submissions;
    private final InstrumentApi instruments;

    DemoSelfAssessments(
            AnswerQuestions answers,
            EvidenceFiles evidence,
            SubmitSelfAssessment submissions,
            InstrumentApi instruments) {
        this.answers = answers;
        this.evidence = evidence;
        this.submissions = submissions;
        this.instruments = instruments;
    }

    void fill(DemoRegion region) {
        Actor operator = new Actor(DemoData.operatorOf(region), "Operator", Role.OPERATOR, region.code(), null);
        Random random = DemoLevels.seeded(SEED + region.code().hashCode());
        List<QuestionView> questions = instruments.instrument(DemoData.YEAR).questions();
        int year = DemoData.YEAR;
        for (QuestionView q : questions) {
            if (!region.submits() && random.nextInt(5) >= 3) {
                continue;
            }
            int level = DemoLevels.around(region.level(q.dimension()) + 0.2, 0.6, random);
            answers.answer(
                    year,
                    region.code(),
                    q.no(),
                    level,
                    DemoTexts.justification(level, q.subIndicator(), random),
                    0,
                    operator);
        }
        for (int no : WITH_EVIDENCE) {
            if (no % 2 == 0) {
                evidence.upload(year, region.code(), no, "bukti-" + no + ".png", DemoFiles.png(2, 3, 4, 3), operator);
            } else {
                String title = "Bukti pertanyaan " + no + " - " + region.slug() + " " + year;
                evidence.upload(year, region.code(), no, "bukti-" + no + ".pdf", DemoFiles.pdf(title), operator);
            }
        }
        if (region.submits()) {
            submissions.submit(year, region.code(), operator);
        }
    }
}

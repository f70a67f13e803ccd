package id.kotacerdas.assessment;

import id.kotacerdas.assessment.domain.Reconciliation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The assessment module's facade for downstream modules (scoring): a panel's scores and submissions.
 * It checks no access; its callers decide who may see what they compute from it.
 */
@Service
public class AssessmentApi {

    /** A question goes to reconciliation when its assessors' scores spread (max − min) by this much or more. */
    public static final int RECONCILIATION_SPREAD = Reconciliation.SPREAD;

    private final PanelRepository panels;
    private final SelfAssessmentRepository selfAssessments;
    private final PanelRecordsRepository records;
    private final SignedFindings findings;
    private final ExtensionRepository extensions;

    AssessmentApi(
            PanelRepository panels,
            SelfAssessmentRepository selfAssessments,
            PanelRecordsRepository records,
            SignedFindings findings,
            ExtensionRepository extensions) {
        this.findings = findings;
        this.extensions = extensions;
        this.panels = panels;
        this.selfAssessments = selfAssessments;
        this.records = records;
    }

    /** Whether the region took part: it submitted its self-assessment or attended its interview. */
    public boolean tookPart(int year, String region) {
        return selfAssessments.submission(year, region).isPresent()
                || records.interview(year, region)
                        .map(i -> Boolean.TRUE.equals(i.regionAttended()))
                        .orElse(false);
    }

    /**
     * The scores that count: those of the assessors who submitted their scoring, by question number, in
     * assessor order. A member who has not submitted (or whose submission was reopened) is left out.
     */
    public Map<Integer, List<Integer>> assessorScores(int year, String region) {
        Map<Integer, List<Integer>> byQuestion = new TreeMap<>();
        panels.submittedScores(year, region)
                .forEach(s -> byQuestion
                        .computeIfAbsent(s.no(), k -> new ArrayList<>())
                        .add(s.score()));
        return byQuestion;
    }

    /**
     * The scores that count of the region, each with its assessor, by question number and then username: those of
     * the assessors who submitted their scoring, as {@link #assessorScores} counts them.
     */
    public List<SubmittedScore> submittedScores(int year, String region) {
        return panels.submittedScores(year, region).stream()
                .map(s -> new SubmittedScore(region, s.assessor(), s.no(), s.score()))
                .toList();
    }

    /** The scores that count of every region of the period, in one query, by region, question and username. */
    public List<SubmittedScore> submittedScores(int year) {
        return panels.submittedScores(year);
    }

    /** The panel's members who have not submitted their scoring (their scores do not count). */
    public List<String> unsubmittedAssessors(int year, String region) {
        return panels.members(year, region).stream()
                .filter(m -> !panels.submitted(year, region, m))
                .toList();
    }

    /**
     * Every finding of the region's panel, signed with name and affiliation, for a published report: the caller
     * decides that the region's result may be read (WriteFindings keeps them blind before).
     */
    public List<FindingView> findings(int year, String region) {
        return findings.of(year, region);
    }

    /** The assessors on the region's panel, in username order. */
    public List<String> panelMembers(int year, String region) {
        return panels.members(year, region);
    }

    /** Whether the region's self-assessment is submitted (and not reopened since). */
    public boolean selfAssessmentSubmitted(int year, String region) {
        return selfAssessments.submission(year, region).isPresent();
    }

    /** The more time the region was given for its self-assessment, if any (it runs while the period allows it). */
    public Optional<SelfAssessmentExtension> selfAssessmentExtension(int year, String region) {
        return extensions.find(year, region);
    }

    /** The numbers of the questions the region has answered in its self-assessment. */
    public Set<Integer> answeredQuestions(int year, String region) {
        return selfAssessments.answers(year, region).stream()
                .map(AnswerView::no)
                .collect(Collectors.toSet());
    }

    public boolean hasSubmittedScores(String assessor, int year, String region) {
        return panels.isMember(assessor, year, region) && panels.submitted(year, region, assessor);
    }
}

package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.AnswerQuestions;
import id.kotacerdas.assessment.AnswerView;
import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.assessment.AssessorScoreView;
import id.kotacerdas.assessment.EvidenceFiles;
import id.kotacerdas.assessment.PanelScores;
import id.kotacerdas.assessment.ReopenScoring;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.assessment.WriteFindings;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.AssessorAssignments;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assessor's pages: the panels they sit on, and a region's scoring page with the region's proposed
 * levels, justifications and evidence, one small form per question (saved as they go with htmx, or with
 * the save button without JavaScript), blind until they submit; and the administrator's panel page.
 */
@Controller
class AssessorPageController {

    /** A panel the signed-in assessor sits on. */
    record PanelLink(PeriodView period, String regionCode, String regionName) {}

    private final ScoreQuestions scoring;
    private final AssessmentApi assessment;
    private final AnswerQuestions answers;
    private final EvidenceFiles evidence;
    private final InstrumentApi instruments;
    private final RegionApi regions;
    private final AssessorAssignments assignments;
    private final UiErrors errors;
    private final WriteFindings findings;
    private final ReopenScoring reopening;
    private final MasterplanSuggestions suggestions;

    AssessorPageController(
            WriteFindings findings,
            ScoreQuestions scoring,
            AssessmentApi assessment,
            AnswerQuestions answers,
            EvidenceFiles evidence,
            InstrumentApi instruments,
            RegionApi regions,
            AssessorAssignments assignments,
            UiErrors errors,
            ReopenScoring reopening,
            MasterplanSuggestions suggestions) {
        this.findings = findings;
        this.reopening = reopening;
        this.scoring = scoring;
        this.assessment = assessment;
        this.answers = answers;
        this.evidence = evidence;
        this.instruments = instruments;
        this.regions = regions;
        this.assignments = assignments;
        this.errors = errors;
        this.suggestions = suggestions;
    }

    /** The signed-in assessor's panels, newest period first. */
    @GetMapping("/penilaian")
    String mine(Actor actor, Model model) {
        List<PanelLink> links = new ArrayList<>();
        if (actor.isAssessor()) {
            instruments.periods().stream()
                    .sorted((a, b) -> Integer.compare(b.year(), a.year()))
                    .forEach(p -> instruments.participants(p.year()).stream()
                            .filter(x -> assignments.isAssigned(actor.username(), p.year(), x.regionCode()))
                            .forEach(x -> links.add(new PanelLink(p, x.regionCode(), regionName(x.regionCode())))));
        }
        model.addAttribute("panels", links);
        return "assessment/panels";
    }

    @GetMapping("/penilaian/{year}/{code}")
    String page(@PathVariable int year, @PathVariable String code, Actor actor, Model model) {
        String reader = actor.username();
        PanelScores scores = scoring.scores(year, code, actor);
        InstrumentView instrument = instruments.instrumentFor(year, actor.isAdmin());
        PeriodView period = instruments.period(year);
        boolean member = scores.members().contains(reader);
        boolean submitted = scores.submitted().contains(reader);
        Map<Integer, AssessorScoreView> mine = scores.scores().stream()
                .filter(s -> s.assessor().equals(reader))
                .collect(Collectors.toMap(AssessorScoreView::no, Function.identity()));
        Map<Integer, List<AssessorScoreView>> others = scores.scores().stream()
                .filter(s -> !s.assessor().equals(reader))
                .collect(Collectors.groupingBy(AssessorScoreView::no));
        model.addAttribute("year", year);
        model.addAttribute("code", code);
        model.addAttribute("region", regions.get(code));
        model.addAttribute("period", period);
        model.addAttribute("instrument", instrument);
        model.addAttribute("panel", scores);
        model.addAttribute("masterplan", suggestions.of(year, code));
        model.addAttribute("member", member);
        model.addAttribute("submitted", submitted);
        model.addAttribute("seesAll", !member || submitted);
        model.addAttribute(
                "reopened",
                member && !submitted
                        ? reopening.lastReopening(year, code, reader, actor).orElse(null)
                        : null);
        model.addAttribute("readOnly", !member || !period.status().scoringOpen());
        model.addAttribute("mine", mine);
        model.addAttribute("others", others);
        model.addAttribute(
                "answers",
                answers.answers(year, code, actor).stream()
                        .collect(Collectors.toMap(AnswerView::no, Function.identity())));
        model.addAttribute(
                "evidence",
                evidence.list(year, code, actor).stream().collect(Collectors.groupingBy(e -> e.questionNo())));
        model.addAttribute("findings", findings.findings(year, code, actor));
        return "assessment/scoring";
    }

    @PostMapping("/penilaian/{year}/{code}/skor/{no}")
    String score(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable int no,
            @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        InstrumentView.QuestionView question = instruments.instrument(year).question(no);
        model.addAttribute("year", year);
        model.addAttribute("code", code);
        model.addAttribute("q", question);
        model.addAttribute("readOnly", false);
        try {
            AssessorScoreView saved = scoring.score(year, code, no, score, note, reason, version, actor);
            if (htmx == null) {
                return "redirect:/penilaian/" + year + "/" + code + "#q" + no;
            }
            model.addAttribute("s", saved);
            model.addAttribute("saved", true);
            model.addAttribute("submitted", assessment.hasSubmittedScores(actor.username(), year, code));
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            model.addAttribute("errorNo", no);
            AssessorScoreView typed = new AssessorScoreView(
                    no, actor.username(), score == null ? 0 : score, note, version == null ? 0 : version);
            model.addAttribute("s", typed);
            model.addAttribute("typedReason", reason);
            if (htmx == null) {
                model.addAttribute("draft", typed);
                return page(year, code, actor, model);
            }
            model.addAttribute("saved", false);
            model.addAttribute("submitted", assessment.hasSubmittedScores(actor.username(), year, code));
        }
        return "assessment/score :: score";
    }

    @PostMapping("/penilaian/{year}/{code}/kirim")
    String submit(
            @PathVariable int year,
            @PathVariable String code,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            scoring.submit(year, code, actor);
            return "redirect:/penilaian/" + year + "/" + code;
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return page(year, code, actor, model);
        }
    }

    private String regionName(String code) {
        return regions.find(code).map(RegionView::name).orElse(code);
    }
}

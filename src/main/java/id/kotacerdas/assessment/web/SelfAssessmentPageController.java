package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.AnswerQuestions;
import id.kotacerdas.assessment.AnswerView;
import id.kotacerdas.assessment.EvidenceFiles;
import id.kotacerdas.assessment.SelfAssessmentProgress;
import id.kotacerdas.assessment.SubmitSelfAssessment;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.shared.web.UploadedFiles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * The operator's self-assessment page: every question with its proposed level and justification
 * (saved as they go with htmx, or with the save button without JavaScript), evidence, progress per
 * dimension, and submission; administrators read it and can reopen a submission.
 */
@Controller
class SelfAssessmentPageController {

    private final AnswerQuestions answers;
    private final EvidenceFiles evidence;
    private final SubmitSelfAssessment submissions;
    private final InstrumentApi instruments;
    private final RegionApi regions;
    private final UiErrors errors;
    private final MasterplanSuggestions suggestions;

    SelfAssessmentPageController(
            AnswerQuestions answers,
            EvidenceFiles evidence,
            SubmitSelfAssessment submissions,
            InstrumentApi instruments,
            RegionApi regions,
            UiErrors errors,
            MasterplanSuggestions suggestions) {
        this.answers = answers;
        this.evidence = evidence;
        this.submissions = submissions;
        this.instruments = instruments;
        this.regions = regions;
        this.errors = errors;
        this.suggestions = suggestions;
    }

    /** An operator's periods: those in which their region takes part. */
    @GetMapping("/wilayah")
    String mine(Actor actor, Model model) {
        String region = actor.regionCode();
        model.addAttribute(
                "region", region == null ? null : regions.find(region).orElse(null));
        model.addAttribute(
                "periods",
                region == null
                        ? List.<Object>of()
                        : instruments.periods().stream()
                                .filter(p -> instruments.participants(p.year()).stream()
                                        .anyMatch(x -> x.regionCode().equals(region)))
                                .toList());
        return "assessment/mine";
    }

    @GetMapping("/wilayah/{year}/{code}/penilaian-mandiri")
    String page(@PathVariable int year, @PathVariable String code, Actor actor, Model model) {
        SelfAssessmentProgress progress = submissions.progress(year, code, actor);
        InstrumentView instrument = instruments.instrumentFor(year, actor.isAdmin());
        Map<Integer, AnswerView> byNo = answers.answers(year, code, actor).stream()
                .collect(Collectors.toMap(AnswerView::no, Function.identity()));
        model.addAttribute("year", year);
        model.addAttribute("region", regions.get(code));
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("instrument", instrument);
        model.addAttribute("answers", byNo);
        model.addAttribute(
                "evidence",
                evidence.list(year, code, actor).stream().collect(Collectors.groupingBy(e -> e.questionNo())));
        model.addAttribute("progress", progress);
        model.addAttribute("admin", actor.isAdmin());
        model.addAttribute("masterplan", suggestions.of(year, code));
        return "assessment/self-assessment";
    }

    @PostMapping("/wilayah/{year}/{code}/jawaban/{no}")
    String save(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable int no,
            @RequestParam(required = false) Integer level,
            @RequestParam(required = false) String justification,
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
        try {
            AnswerView saved = answers.answer(year, code, no, level, justification, version, actor);
            if (htmx == null) {
                return "redirect:/wilayah/" + year + "/" + code + "/penilaian-mandiri#q" + no;
            }
            model.addAttribute("a", saved);
            model.addAttribute("saved", true);
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            model.addAttribute("errorNo", no);
            AnswerView typed = new AnswerView(
                    no, level == null ? 0 : level, justification, version == null ? 0 : version, null, null);
            model.addAttribute("a", typed);
            if (htmx == null) {
                model.addAttribute("draft", typed);
                return page(year, code, actor, model);
            }
        }
        return "assessment/answer :: answer";
    }

    @PostMapping("/wilayah/{year}/{code}/bukti")
    String upload(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam int questionNo,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        try {
            evidence.upload(year, code, questionNo, UploadedFiles.name(file), UploadedFiles.bytes(file), actor);
            return "redirect:/wilayah/" + year + "/" + code + "/penilaian-mandiri#q" + questionNo;
        } catch (DomainException e) {
            errors.show(e, "evidenceError", model, response, locale);
            model.addAttribute("evidenceQuestion", questionNo);
            return page(year, code, actor, model);
        }
    }

    @PostMapping("/wilayah/{year}/{code}/kirim")
    String submit(
            @PathVariable int year,
            @PathVariable String code,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            submissions.submit(year, code, actor);
            return "redirect:/wilayah/" + year + "/" + code + "/penilaian-mandiri";
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return page(year, code, actor, model);
        }
    }

    @PostMapping("/wilayah/{year}/{code}/buka-kembali")
    String reopen(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(required = false) String reason,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            submissions.reopen(year, code, reason, actor);
            return "redirect:/wilayah/" + year + "/" + code + "/penilaian-mandiri";
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return page(year, code, actor, model);
        }
    }
}

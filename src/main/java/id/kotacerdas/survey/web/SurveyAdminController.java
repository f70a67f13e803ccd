package id.kotacerdas.survey.web;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.survey.ManageSurvey;
import id.kotacerdas.survey.SurveyApi;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A period's survey for administrators: quota, citizen statements and every region's progress. */
@Controller
class SurveyAdminController {

    private final SurveyApi surveys;
    private final ManageSurvey manage;
    private final InstrumentApi instruments;
    private final UiErrors errors;

    SurveyAdminController(SurveyApi surveys, ManageSurvey manage, InstrumentApi instruments, UiErrors errors) {
        this.surveys = surveys;
        this.manage = manage;
        this.instruments = instruments;
        this.errors = errors;
    }

    @GetMapping("/admin/periode/{year}/survei")
    String page(@PathVariable int year, Model model) {
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("form", surveys.form(year));
        model.addAttribute("withoutStatement", surveys.withoutStatement(year));
        model.addAttribute("nation", surveys.progress(year));
        model.addAttribute("frozen", instruments.instrument(year).frozen());
        return "survey/period";
    }

    @PostMapping("/admin/periode/{year}/survei/kuota")
    String quota(
            @PathVariable int year,
            @RequestParam(required = false) Integer quota,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            manage.setQuota(year, quota, actor);
        } catch (DomainException e) {
            return refused(e, year, locale, model, response);
        }
        return "redirect:/admin/periode/" + year + "/survei";
    }

    @PostMapping("/admin/periode/{year}/survei/pernyataan/{no}")
    String statement(
            @PathVariable int year,
            @PathVariable int no,
            @RequestParam(required = false) String textId,
            @RequestParam(required = false) String textEn,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            manage.editStatement(year, no, textId, textEn, actor);
        } catch (DomainException e) {
            model.addAttribute("errorQuestion", no);
            return refused(e, year, locale, model, response);
        }
        return "redirect:/admin/periode/" + year + "/survei#s" + no;
    }

    private String refused(DomainException e, int year, Locale locale, Model model, HttpServletResponse response) {
        errors.show(e, model, response, locale);
        return page(year, model);
    }
}

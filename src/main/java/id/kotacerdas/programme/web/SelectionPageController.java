package id.kotacerdas.programme.web;

import id.kotacerdas.programme.ConfirmCohort;
import id.kotacerdas.programme.LoadCandidates;
import id.kotacerdas.programme.LoadReport;
import id.kotacerdas.programme.NewSelection;
import id.kotacerdas.programme.ProgrammeApi;
import id.kotacerdas.programme.SelectionDetail;
import id.kotacerdas.programme.Selections;
import id.kotacerdas.programme.domain.CohortOverride;
import id.kotacerdas.programme.domain.Parameter;
import id.kotacerdas.programme.domain.RankedCandidate;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.shared.web.UploadedFiles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages for candidate selection: the list of selections with the programme's participants and
 * the form to open one; a selection's page with its settings, the load (CSV or XLSX, each refused row shown), the
 * ranking with each parameter's distribution and each composite explained, the confirmation with overrides and
 * reasons, and the MoU of each selected region.
 */
@Controller
class SelectionPageController {

    private final Selections selections;
    private final LoadCandidates loader;
    private final ConfirmCohort cohorts;
    private final ProgrammeApi programme;
    private final MessageSource messages;
    private final UiErrors errors;

    SelectionPageController(
            Selections selections,
            LoadCandidates loader,
            ConfirmCohort cohorts,
            ProgrammeApi programme,
            MessageSource messages,
            UiErrors errors) {
        this.selections = selections;
        this.loader = loader;
        this.cohorts = cohorts;
        this.programme = programme;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping("/admin/seleksi")
    String list(Actor actor, Model model) {
        model.addAttribute("selections", selections.list(actor));
        model.addAttribute("participants", programme.participants(actor));
        model.addAttribute("parameters", Parameter.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SelectionForm.blank(LocalDate.now().getYear()));
        }
        return "programme/selections";
    }

    @PostMapping("/admin/seleksi")
    String create(
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        SelectionForm form = SelectionForm.of(fields);
        try {
            long id = selections.create(form.selection(), actor).id();
            return "redirect:/admin/seleksi/" + id;
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            model.addAttribute("form", form);
            return list(actor, model);
        }
    }

    @GetMapping("/admin/seleksi/{id}")
    String page(@PathVariable long id, Actor actor, Model model) {
        SelectionDetail detail = selections.detail(id, actor);
        model.addAttribute("detail", detail);
        model.addAttribute("selection", detail.selection());
        model.addAttribute("parameters", Parameter.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SelectionForm.of(detail.selection()));
        }
        SelectionPage.chart(detail.ranking(), model);
        model.addAttribute("rankedCount", detail.ranking().count(RankedCandidate.Status.RANKED));
        model.addAttribute("earlierCount", detail.ranking().count(RankedCandidate.Status.EARLIER_COHORT));
        model.addAttribute("incompleteCount", detail.ranking().count(RankedCandidate.Status.INCOMPLETE));
        return "programme/selection";
    }

    @PostMapping("/admin/seleksi/{id}")
    String change(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SelectionForm form = SelectionForm.of(fields);
        try {
            selections.change(id, form.selection(), actor);
            redirect.addFlashAttribute("notice", messages.getMessage("selection.page.changed", null, locale));
            return "redirect:/admin/seleksi/" + id;
        } catch (DomainException e) {
            errors.show(e, "settingsError", model, response, locale);
            model.addAttribute("form", form);
            return page(id, actor, model);
        }
    }

    @PostMapping("/admin/seleksi/{id}/kandidat")
    String load(
            @PathVariable long id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        try {
            byte[] content = UploadedFiles.bytes(file);
            LoadReport report = loader.load(id, content, UploadedFiles.name(file), actor);
            model.addAttribute("report", report);
            model.addAttribute("refused", SelectionPage.refused(report, messages, locale));
        } catch (DomainException e) {
            errors.show(e, "loadError", model, response, locale);
        }
        return page(id, actor, model);
    }

    @PostMapping("/admin/seleksi/{id}/konfirmasi")
    String confirm(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<CohortOverride> overrides = new ArrayList<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> f : fields.entrySet()) {
            if (f.getKey().startsWith("reason.") && !f.getValue().isEmpty()) {
                reasons.put(
                        f.getKey().substring("reason.".length()), f.getValue().get(0));
            }
        }
        for (String code : fields.getOrDefault("include", List.of())) {
            overrides.add(new CohortOverride(code, CohortOverride.Kind.INCLUDE, reasons.get(code)));
        }
        for (String code : fields.getOrDefault("drop", List.of())) {
            overrides.add(new CohortOverride(code, CohortOverride.Kind.DROP, reasons.get(code)));
        }
        try {
            cohorts.confirm(id, overrides, actor);
            redirect.addFlashAttribute("notice", messages.getMessage("selection.page.confirmed", null, locale));
            return "redirect:/admin/seleksi/" + id;
        } catch (DomainException e) {
            errors.show(e, "confirmError", model, response, locale);
            model.addAttribute("typedReasons", reasons);
            model.addAttribute("typedIncludes", fields.getOrDefault("include", List.of()));
            model.addAttribute("typedDrops", fields.getOrDefault("drop", List.of()));
            return page(id, actor, model);
        }
    }

    @PostMapping("/admin/seleksi/{id}/mou/{code}")
    String mou(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String signedOn,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            cohorts.recordMou(id, code, number, date(signedOn), actor);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("selection.page.mouSaved", new Object[] {code}, locale));
            return "redirect:/admin/seleksi/" + id + "#mou";
        } catch (DomainException e) {
            errors.show(e, "mouError", model, response, locale);
            model.addAttribute("mouRegion", code);
            return page(id, actor, model);
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("signedOn", "selection.mou.signedOn", "Not a date: " + text);
        }
    }

    /** The settings form as typed: the year, name and quota as text, and each weight. */
    record SelectionForm(String year, String name, String quota, Map<String, String> weights) {

        static SelectionForm blank(int year) {
            Map<String, String> weights = new LinkedHashMap<>();
            for (Parameter p : Parameter.values()) {
                weights.put(p.name(), "0.25");
            }
            return new SelectionForm(String.valueOf(year), "", "50", weights);
        }

        static SelectionForm of(id.kotacerdas.programme.SelectionView s) {
            Map<String, String> weights = new LinkedHashMap<>();
            s.weights().forEach((p, w) -> weights.put(p, w.toPlainString()));
            return new SelectionForm(String.valueOf(s.year()), s.name(), String.valueOf(s.quota()), weights);
        }

        static SelectionForm of(MultiValueMap<String, String> fields) {
            Map<String, String> weights = new LinkedHashMap<>();
            for (Parameter p : Parameter.values()) {
                weights.put(p.name(), value(fields, "weight." + p.name()));
            }
            return new SelectionForm(value(fields, "year"), value(fields, "name"), value(fields, "quota"), weights);
        }

        public String weight(String parameter) {
            return weights.getOrDefault(parameter, "");
        }

        NewSelection selection() {
            Map<String, BigDecimal> parsed = new LinkedHashMap<>();
            for (Map.Entry<String, String> w : weights.entrySet()) {
                parsed.put(w.getKey(), decimal(w.getValue(), "weights", "selection.weights.range", w.getKey()));
            }
            return new NewSelection(
                    integer(year, "year", "selection.year.invalid"),
                    name,
                    integer(quota, "quota", "selection.quota.invalid"),
                    parsed);
        }

        private static String value(MultiValueMap<String, String> fields, String name) {
            String v = fields.getFirst(name);
            return v == null ? "" : v.strip();
        }

        private static Integer integer(String text, String field, String key) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput(field, key, field + " is not a whole number");
            }
        }

        private static BigDecimal decimal(String text, String field, String key, String parameter) {
            try {
                return new BigDecimal(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new InvalidInput(field, key, "The weight of " + parameter + " is not a number", parameter, text);
            }
        }
    }
}

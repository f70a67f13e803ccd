package id.kotacerdas.programme.web;

import id.kotacerdas.programme.MasterplanDocuments;
import id.kotacerdas.programme.MasterplanReviews;
import id.kotacerdas.programme.MasterplanRubrics;
import id.kotacerdas.programme.ReviewView;
import id.kotacerdas.programme.RubricView;
import id.kotacerdas.programme.Selections;
import id.kotacerdas.programme.domain.RubricCriterion;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.UserAccount;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.web.TypedUsernames;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ministry's pages of a cohort's masterplan review: the rubric editor and every region's progress (documents,
 * reviewers, submissions, score, publication); a region's page with its documents' history, the reviewers'
 * assignment, each sheet (reopened with a reason), the score explained and the publication.
 */
@Controller
class ReviewAdminPageController {

    /** Blank rows the rubric editor offers for new criteria. */
    static final int BLANK_ROWS = 2;

    private final Selections selections;
    private final MasterplanRubrics rubrics;
    private final MasterplanReviews reviews;
    private final MasterplanDocuments documents;
    private final ManageAccounts accounts;
    private final MessageSource messages;
    private final UiErrors errors;

    ReviewAdminPageController(
            Selections selections,
            MasterplanRubrics rubrics,
            MasterplanReviews reviews,
            MasterplanDocuments documents,
            ManageAccounts accounts,
            MessageSource messages,
            UiErrors errors) {
        this.selections = selections;
        this.rubrics = rubrics;
        this.reviews = reviews;
        this.documents = documents;
        this.accounts = accounts;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping("/admin/seleksi/{id}/masterplan")
    String cohort(@PathVariable long id, Actor actor, Model model) {
        RubricView rubric = rubrics.get(id, actor);
        model.addAttribute("selection", selections.get(id, actor));
        model.addAttribute("rubric", rubric);
        model.addAttribute("progress", reviews.progress(id, actor));
        if (!model.containsAttribute("rows")) {
            model.addAttribute("rows", RubricRow.of(rubric));
        }
        return "programme/review-cohort";
    }

    @PostMapping("/admin/seleksi/{id}/masterplan/rubrik")
    String changeRubric(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<RubricRow> rows = RubricRow.of(fields);
        try {
            rubrics.change(id, RubricRow.criteria(rows), actor);
            redirect.addFlashAttribute("notice", messages.getMessage("review.rubric.saved", null, locale));
            return "redirect:/admin/seleksi/" + id + "/masterplan";
        } catch (DomainException e) {
            errors.show(e, "rubricError", model, response, locale);
            List<RubricRow> typed = new ArrayList<>(rows);
            for (int i = 0; i < BLANK_ROWS; i++) {
                typed.add(new RubricRow("", "", ""));
            }
            model.addAttribute("rows", typed);
            return cohort(id, actor, model);
        }
    }

    @GetMapping("/admin/seleksi/{id}/masterplan/{code}")
    String region(@PathVariable long id, @PathVariable String code, Actor actor, Model model) {
        ReviewView review = reviews.review(id, code, actor);
        List<String> assigned =
                review.reviewers().stream().map(s -> s.username()).toList();
        List<UserAccount> candidates = accounts.assessorChoices(assigned);
        model.addAttribute("review", review);
        model.addAttribute("documents", documents.history(id, code, actor));
        model.addAttribute("candidates", candidates);
        if (!model.containsAttribute("checked")) {
            model.addAttribute("checked", assigned);
        }
        return "programme/review-region-admin";
    }

    @PostMapping("/admin/seleksi/{id}/masterplan/{code}/penilai")
    String assign(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(value = "reviewers", required = false) List<String> checked,
            @RequestParam(required = false) String usernames,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reviews.assignReviewers(id, code, TypedUsernames.of(checked, usernames), actor);
            redirect.addFlashAttribute("notice", messages.getMessage("review.reviewers.saved", null, locale));
            return "redirect:/admin/seleksi/" + id + "/masterplan/" + code;
        } catch (DomainException e) {
            errors.show(e, "reviewersError", model, response, locale);
            model.addAttribute("checked", checked == null ? List.of() : checked);
            model.addAttribute("typedUsernames", usernames);
            return region(id, code, actor, model);
        }
    }

    @PostMapping("/admin/seleksi/{id}/masterplan/{code}/buka-kembali")
    String reopen(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) String reviewer,
            @RequestParam(required = false) String reason,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reviews.reopen(id, code, reviewer, reason, actor);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("review.reopened", new Object[] {reviewer}, locale));
            return "redirect:/admin/seleksi/" + id + "/masterplan/" + code;
        } catch (DomainException e) {
            errors.show(e, "reopenError", model, response, locale);
            model.addAttribute("reopenReviewer", reviewer);
            return region(id, code, actor, model);
        }
    }

    @PostMapping("/admin/seleksi/{id}/masterplan/{code}/publikasi")
    String publish(
            @PathVariable long id,
            @PathVariable String code,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reviews.publish(id, code, actor);
            redirect.addFlashAttribute("notice", messages.getMessage("review.publishedNotice", null, locale));
            return "redirect:/admin/seleksi/" + id + "/masterplan/" + code;
        } catch (DomainException e) {
            errors.show(e, "publishError", model, response, locale);
            return region(id, code, actor, model);
        }
    }

    /** A row of the rubric editor as typed: the code, name and weight as text. */
    record RubricRow(String code, String name, String weight) {

        static List<RubricRow> of(RubricView rubric) {
            List<RubricRow> rows = new ArrayList<>();
            rubric.criteria()
                    .forEach(c -> rows.add(
                            new RubricRow(c.code(), c.name(), c.weight().toPlainString())));
            for (int i = 0; i < BLANK_ROWS; i++) {
                rows.add(new RubricRow("", "", ""));
            }
            return rows;
        }

        /** The rows posted as code.N, name.N, weight.N (N from 0), the blank ones left out. */
        static List<RubricRow> of(MultiValueMap<String, String> fields) {
            List<RubricRow> rows = new ArrayList<>();
            for (int i = 0; i < 100 && (fields.containsKey("code." + i) || fields.containsKey("name." + i)); i++) {
                RubricRow row = new RubricRow(
                        value(fields, "code." + i), value(fields, "name." + i), value(fields, "weight." + i));
                if (!row.blank()) {
                    rows.add(row);
                }
            }
            return rows;
        }

        static List<RubricCriterion> criteria(List<RubricRow> rows) {
            return rows.stream()
                    .map(r -> new RubricCriterion(r.code(), r.name(), r.decimal()))
                    .toList();
        }

        boolean blank() {
            return code.isEmpty() && name.isEmpty() && weight.isEmpty();
        }

        BigDecimal decimal() {
            try {
                return new BigDecimal(weight.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new InvalidInput(
                        "criteria",
                        "review.rubric.weight",
                        "The weight of " + code + " is not a number",
                        code,
                        weight.isEmpty() ? "-" : weight);
            }
        }

        private static String value(MultiValueMap<String, String> fields, String name) {
            String v = fields.getFirst(name);
            return v == null ? "" : v.strip();
        }
    }
}

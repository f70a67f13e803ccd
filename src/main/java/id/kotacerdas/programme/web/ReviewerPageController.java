package id.kotacerdas.programme.web;

import id.kotacerdas.programme.MasterplanDocuments;
import id.kotacerdas.programme.MasterplanReviews;
import id.kotacerdas.programme.ReviewView;
import id.kotacerdas.programme.ReviewerSheet;
import id.kotacerdas.programme.RubricView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reviewer's pages of the masterplan review: the regions assigned to them, and a region's scoring form (every
 * criterion 1..4 with a comment, beside the region's documents), saved as they go, then submitted.
 */
@Controller
class ReviewerPageController {

    private final MasterplanReviews reviews;
    private final MasterplanDocuments documents;
    private final MessageSource messages;
    private final UiErrors errors;

    ReviewerPageController(
            MasterplanReviews reviews, MasterplanDocuments documents, MessageSource messages, UiErrors errors) {
        this.reviews = reviews;
        this.documents = documents;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping("/penilaian/masterplan")
    String assigned(Actor actor, Model model) {
        model.addAttribute("assigned", reviews.assigned(actor));
        return "programme/review-assigned";
    }

    @GetMapping("/penilaian/masterplan/{id}/{code}")
    String sheet(@PathVariable long id, @PathVariable String code, Actor actor, Model model) {
        ReviewView review = reviews.review(id, code, actor);
        model.addAttribute("review", review);
        model.addAttribute("documents", documents.history(id, code, actor));
        if (!model.containsAttribute("typed")) {
            Map<String, Typed> typed = new HashMap<>();
            for (RubricView.Criterion c : review.criteria()) {
                ReviewerSheet.Entry e =
                        review.mine() == null ? null : review.mine().entry(c.code());
                typed.put(
                        c.code(),
                        e == null
                                ? new Typed("", "")
                                : new Typed(String.valueOf(e.score()), e.comment() == null ? "" : e.comment()));
            }
            model.addAttribute("typed", typed);
        }
        return "programme/review-scoring";
    }

    @PostMapping("/penilaian/masterplan/{id}/{code}")
    String save(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, Typed> typed = new HashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("score.") || name.startsWith("comment.")) {
                String criterion = name.substring(name.indexOf('.') + 1);
                Typed t = typed.getOrDefault(criterion, new Typed("", ""));
                String v = values.isEmpty() || values.get(0) == null ? "" : values.get(0);
                typed.put(
                        criterion,
                        name.startsWith("score.") ? new Typed(v.strip(), t.comment()) : new Typed(t.score(), v));
            }
        });
        try {
            Map<String, MasterplanReviews.ScoreInput> scores = new LinkedHashMap<>();
            typed.forEach((criterion, t) -> {
                if (!t.score().isEmpty()) {
                    scores.put(criterion, new MasterplanReviews.ScoreInput(number(criterion, t.score()), t.comment()));
                } else if (!t.comment().isBlank()) {
                    throw new InvalidInput(
                            "scores",
                            "review.score.range",
                            "A comment on " + criterion + " needs its score",
                            criterion,
                            "-");
                }
            });
            reviews.saveScores(id, code, scores, actor);
            redirect.addFlashAttribute("notice", messages.getMessage("review.scores.saved", null, locale));
            return "redirect:/penilaian/masterplan/" + id + "/" + code;
        } catch (DomainException e) {
            errors.show(e, "scoreError", model, response, locale);
            model.addAttribute("typed", typed);
            return sheet(id, code, actor, model);
        }
    }

    @PostMapping("/penilaian/masterplan/{id}/{code}/kirim")
    String submit(
            @PathVariable long id,
            @PathVariable String code,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reviews.submit(id, code, actor);
            redirect.addFlashAttribute("notice", messages.getMessage("review.submittedNotice", null, locale));
            return "redirect:/penilaian/masterplan/" + id + "/" + code;
        } catch (DomainException e) {
            errors.show(e, "submitError", model, response, locale);
            return sheet(id, code, actor, model);
        }
    }

    private static Integer number(String criterion, String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidInput(
                    "scores", "review.score.range", "The score of " + criterion + " is not 1..4", criterion, text);
        }
    }

    /** A criterion's score and comment as typed. */
    record Typed(String score, String comment) {}
}

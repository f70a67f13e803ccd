package id.kotacerdas.programme.web;

import id.kotacerdas.programme.EnrolProgrammeParticipants;
import id.kotacerdas.programme.domain.EnrolmentPlan;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.web.UiErrors;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form under the programme's participants that makes them take part in an evaluation period. */
@Controller
class ProgrammeEnrolmentPageController {

    private final EnrolProgrammeParticipants enrol;
    private final MessageSource messages;
    private final UiErrors errors;

    ProgrammeEnrolmentPageController(EnrolProgrammeParticipants enrol, MessageSource messages, UiErrors errors) {
        this.enrol = enrol;
        this.messages = messages;
        this.errors = errors;
    }

    @PostMapping("/admin/seleksi/peserta-periode")
    String enrol(@RequestParam(required = false) String year, Actor actor, Locale locale, RedirectAttributes redirect) {
        try {
            if (year == null || !year.strip().matches("\\d{4}")) {
                throw new InvalidInput("year", "programme.enrolment.year", "A period's year, four digits");
            }
            EnrolmentPlan plan = enrol.enrol(Integer.parseInt(year.strip()), actor);
            redirect.addFlashAttribute(
                    "enrolled",
                    messages.getMessage(
                            "programme.enrolment.done",
                            new Object[] {
                                year.strip(),
                                plan.added().size(),
                                plan.alreadyIn().size(),
                                plan.notYet().size()
                            },
                            locale));
        } catch (DomainException e) {
            errors.flash(e, "enrolmentError", redirect, locale);
            redirect.addFlashAttribute("enrolmentYear", year);
        }
        return "redirect:/admin/seleksi#enrolment";
    }
}

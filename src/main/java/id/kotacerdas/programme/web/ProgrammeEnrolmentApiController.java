package id.kotacerdas.programme.web;

import id.kotacerdas.programme.EnrolProgrammeParticipants;
import id.kotacerdas.programme.domain.EnrolmentPlan;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@ApiController("/api/v1/periods/{year}/participants/from-programme")
@Tag(name = "Programme", description = "Candidate selection of a cohort, MoUs, the programme's participants")
class ProgrammeEnrolmentApiController {

    private final EnrolProgrammeParticipants enrol;

    ProgrammeEnrolmentApiController(EnrolProgrammeParticipants enrol) {
        this.enrol = enrol;
    }

    @PostMapping
    @Operation(
            summary = "Make the programme's regions take part in the period (ADMIN; audited)",
            description = "Every region of a cohort before the period's year that does not take part yet is added,"
                    + " on the track it had in its latest earlier period (else REGULER): `added` with each track and"
                    + " the year it came from, `alreadyIn`, `notYet` (a cohort of the period's year or later). 404"
                    + " period.notFound; 409 participants.frozen once the period's results are final.")
    @ProblemCodes(notFound = "period.notFound", conflict = "participants.frozen")
    EnrolmentPlan enrol(@PathVariable int year, Actor actor) {
        return enrol.enrol(year, actor);
    }
}

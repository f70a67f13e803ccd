package id.kotacerdas.award.web;

import id.kotacerdas.award.AwardCertificates;
import id.kotacerdas.award.AwardCertificates.Printable;
import id.kotacerdas.award.AwardView;
import id.kotacerdas.award.Awards;
import id.kotacerdas.award.ConfirmWinners;
import id.kotacerdas.award.DefineAward;
import id.kotacerdas.award.ProposeWinners;
import id.kotacerdas.award.PublishAward;
import id.kotacerdas.award.web.AwardBodies.ConfirmationBody;
import id.kotacerdas.award.web.AwardBodies.DefinitionBody;
import id.kotacerdas.award.web.AwardBodies.ProposalBody;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import id.kotacerdas.shared.web.ResponseFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/periods/{year}/awards")
@Tag(name = "Awards", description = "Award categories of a period, the proposal, the jury's winners, certificates")
class AwardApiController {

    private final Awards awards;
    private final DefineAward define;
    private final ProposeWinners propose;
    private final ConfirmWinners confirm;
    private final PublishAward publish;
    private final AwardCertificates certificates;

    AwardApiController(
            Awards awards,
            DefineAward define,
            ProposeWinners propose,
            ConfirmWinners confirm,
            PublishAward publish,
            AwardCertificates certificates) {
        this.awards = awards;
        this.define = define;
        this.propose = propose;
        this.confirm = confirm;
        this.publish = publish;
        this.certificates = certificates;
    }

    @PostMapping
    @Operation(
            summary = "Define an award category of the period (ADMIN; audited)",
            description = "measure FINAL, DIMENSION (subject: a dimension code), SMART_DIMENSION_OUTCOME (subject: a"
                    + " smart dimension, e.g. GOVERNANCE) or IMPROVEMENT; track and kind (KABUPATEN, KOTA) optional;"
                    + " places 1-100; slug optional (made from the name). 400 award.*; 409 award.slug.taken.")
    @ProblemCodes(
            invalidInput = {
                "award.kind",
                "award.measure",
                "award.name",
                "award.places",
                "award.slug",
                "award.subject.required",
                "award.subject.unknown",
                "track.unknown"
            },
            notFound = "period.notFound",
            conflict = "award.slug.taken")
    ResponseEntity<AwardView> create(@PathVariable int year, @RequestBody DefinitionBody body, Actor actor) {
        AwardView created = define.create(year, body.checked(), actor);
        return ResponseEntity.created(URI.create("/api/v1/periods/" + year + "/awards/" + created.slug()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "The period's award categories: every one for an ADMIN, the published ones for anyone else")
    @ProblemCodes(notFound = "period.notFound")
    List<AwardView> list(@PathVariable int year, HttpServletRequest request) {
        return awards.list(year, request.isUserInRole("ADMIN"));
    }

    @GetMapping("/{award}")
    @Operation(
            summary = "One award (by slug or id) with its winners and what each was awarded for",
            description = "Public once published; before that ADMIN only (anyone else 404 award.notFound).")
    @ProblemCodes(notFound = {"award.notFound", "period.notFound"})
    AwardView get(@PathVariable int year, @PathVariable String award, HttpServletRequest request) {
        return awards.get(year, award, request.isUserInRole("ADMIN"));
    }

    @PutMapping("/{award}")
    @Operation(
            summary = "Change an award's definition (ADMIN; audited)",
            description = "Takes a confirmation back (the award is a DRAFT again). 409 award.published.")
    @ProblemCodes(
            invalidInput = {
                "award.kind",
                "award.measure",
                "award.name",
                "award.places",
                "award.slug",
                "award.subject.required",
                "award.subject.unknown",
                "track.unknown"
            },
            notFound = {"award.notFound", "period.notFound"},
            conflict = {"award.published", "award.slug.taken"})
    AwardView change(
            @PathVariable int year, @PathVariable String award, @RequestBody DefinitionBody body, Actor actor) {
        return define.change(year, award, body.checked(), actor);
    }

    @GetMapping("/{award}/proposal")
    @Operation(
            summary = "The system's proposal from the period's results (ADMIN)",
            description = "Every competitor ranked with its number and working, ties sharing a rank, a tie at the"
                    + " cut-off reported, the competitors without a number listed. 409 award.resultsNotFinal.")
    @ProblemCodes(
            notFound = {"award.notFound", "period.notFound"},
            conflict = "award.resultsNotFinal")
    ProposalBody proposal(@PathVariable int year, @PathVariable String award, Actor actor) {
        return ProposalBody.of(propose.proposal(year, award, actor));
    }

    @PutMapping("/{award}/winners")
    @Operation(
            summary = "The jury confirms the winners with a note (ADMIN; audited)",
            description = "A winner ranked below the places, or a proposed region left out, needs a reason in"
                    + " reasons (by region code); deciding a tie at the cut-off needs none. 400 award.note,"
                    + " award.winners.*, award.winner.notRanked, award.override.reason; 409 award.published.")
    @ProblemCodes(
            invalidInput = {
                "award.note",
                "award.override.reason",
                "award.winner.notRanked",
                "award.winners.duplicate",
                "award.winners.empty"
            },
            notFound = {"award.notFound", "period.notFound"},
            conflict = {"award.published", "award.resultsNotFinal"})
    AwardView confirm(
            @PathVariable int year, @PathVariable String award, @RequestBody ConfirmationBody body, Actor actor) {
        return confirm.confirm(year, award, body.winners(), body.note(), body.reasons(), actor);
    }

    @PostMapping("/{award}/publish")
    @Operation(
            summary = "Publish the confirmed winners (ADMIN; audited); the award is frozen from then on",
            description = "409 award.notConfirmed, award.resultsNotPublic (the period is not PUBLISHED),"
                    + " award.published.")
    @ProblemCodes(
            notFound = {"award.notFound", "period.notFound"},
            conflict = {"award.notConfirmed", "award.published", "award.resultsNotPublic"})
    AwardView publish(@PathVariable int year, @PathVariable String award, Actor actor) {
        return publish.publish(year, award, actor);
    }

    @GetMapping("/{award}/winners/{code}/certificate.pdf")
    @Operation(
            summary = "A winner's certificate as PDF/A, in Bahasa Indonesia",
            description = "Public once the award is published; an ADMIN may print a confirmed award's certificates"
                    + " before, marked DRAF. 404 award.notFound, award.winner.notFound.")
    @ProblemCodes(notFound = {"award.notFound", "award.winner.notFound", "period.notFound"})
    void certificate(
            @PathVariable int year,
            @PathVariable String award,
            @PathVariable String code,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Printable printable = certificates.printable(year, award, code, request.isUserInRole("ADMIN"));
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        certificates.write(printable, document);
        ResponseFiles.attachment(response, "application/pdf", printable.fileName());
        document.writeTo(response.getOutputStream());
    }
}

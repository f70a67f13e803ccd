package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.Recommendation;
import id.kotacerdas.monitoring.Recommendations;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/masterplans/{id}/recommendations")
@Tag(name = "Masterplan monitoring")
class RecommendationApiController {

    record NewRecommendation(int year, Integer semester, String agency, String text) {}

    record FollowUpBody(String status, String followUp) {}

    record Created(long id) {}

    private final Recommendations recommendations;

    RecommendationApiController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping
    @Operation(summary = "A monitoring report's recommendations to agencies and their follow-up")
    @ProblemCodes(forbidden = "region.forbidden", notFound = "masterplan.notFound")
    List<Recommendation> list(
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer semester,
            Actor actor) {
        return recommendations.of(id, year, semester, actor);
    }

    @PostMapping
    @Operation(summary = "Add a recommendation addressed to an agency (Bappeda, Diskominfo, ...); audited")
    @ProblemCodes(
            invalidInput = {"masterplan.field.invalid", "masterplan.semester.invalid", "masterplan.target.outside"},
            forbidden = "region.forbidden",
            notFound = "masterplan.notFound")
    ResponseEntity<Created> add(@PathVariable long id, @RequestBody NewRecommendation body, Actor actor) {
        long created = recommendations.add(id, body.year(), body.semester(), body.agency(), body.text(), actor);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/recommendations/" + created))
                .body(new Created(created));
    }

    @PutMapping("/{recommendation}")
    @Operation(summary = "Record a recommendation's follow-up: OPEN, IN_PROGRESS or DONE, with a note; audited")
    @ProblemCodes(
            invalidInput = {"masterplan.field.invalid", "masterplan.value.unknown"},
            forbidden = "region.forbidden",
            notFound = {"masterplan.notFound", "masterplan.recommendation.notFound"})
    void followUp(
            @PathVariable long id, @PathVariable long recommendation, @RequestBody FollowUpBody body, Actor actor) {
        recommendations.followUp(id, recommendation, body.status(), body.followUp(), actor);
    }
}

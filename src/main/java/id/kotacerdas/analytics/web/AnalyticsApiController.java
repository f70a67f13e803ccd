package id.kotacerdas.analytics.web;

import id.kotacerdas.analytics.AgreementOverview;
import id.kotacerdas.analytics.AssessorCalibrations;
import id.kotacerdas.analytics.CalibrationView;
import id.kotacerdas.analytics.PanelAgreementView;
import id.kotacerdas.analytics.PanelAgreements;
import id.kotacerdas.analytics.WhatIfFinals;
import id.kotacerdas.analytics.WhatIfView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/periods/{year}")
@Tag(
        name = "Evaluation analytics",
        description = "Agreement between a panel's assessors, assessor calibration, the what-if final (ADMIN)")
class AnalyticsApiController {

    private final PanelAgreements agreements;
    private final AssessorCalibrations calibrations;
    private final WhatIfFinals whatIf;

    AnalyticsApiController(PanelAgreements agreements, AssessorCalibrations calibrations, WhatIfFinals whatIf) {
        this.agreements = agreements;
        this.calibrations = calibrations;
        this.whatIf = whatIf;
    }

    @GetMapping("/regions/{code}/agreement")
    @Operation(
            summary = "Krippendorff's alpha (interval, ordinal) of the region's panel, per dimension, most-spread"
                    + " questions, flag under 0.667 (ADMIN)")
    @ProblemCodes(notFound = {"period.notFound", "selfAssessment.notParticipant"})
    PanelAgreementView agreement(@PathVariable int year, @PathVariable String code, Actor actor) {
        return agreements.region(year, code, actor);
    }

    @GetMapping("/agreement")
    @Operation(summary = "Every participating region's panel alpha and their distribution (ADMIN)")
    @ProblemCodes(notFound = "period.notFound")
    AgreementOverview overview(@PathVariable int year, Actor actor) {
        return agreements.period(year, actor);
    }

    @GetMapping("/calibration")
    @Operation(
            summary = "Every assessor's mean difference from their panel mates, its interval, leaning and outliers"
                    + " (ADMIN, in ASSESSMENT or FINALIZED)")
    @ProblemCodes(notFound = "period.notFound", conflict = "calibration.stage")
    CalibrationView calibration(@PathVariable int year, Actor actor) {
        return calibrations.period(year, actor);
    }

    @GetMapping("/regions/{code}/what-if")
    @Operation(
            summary = "The region's final without one assessor (?without=username), computed as the result is,"
                    + " never stored (ADMIN, in ASSESSMENT or FINALIZED)")
    @ProblemCodes(
            invalidInput = "whatIf.without.missing",
            notFound = {"period.notFound", "selfAssessment.notParticipant", "whatIf.notSubmitted"},
            conflict = {"calibration.stage", "result.incomplete"})
    WhatIfView whatIf(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(required = false) String without,
            Actor actor) {
        return whatIf.without(year, code, without, actor);
    }
}

package id.kotacerdas.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.kotacerdas.scoring.AssessedResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A region's final without one assessor, beside the final with every submitted assessor: both computed by the
 * scoring engine exactly as the region's result is (Impact questions from the survey where their smart dimension met
 * the quota), never stored. {@code result} is the what-if's whole working; {@code difference} = final − actualFinal.
 */
public record WhatIfView(
        int year,
        String regionCode,
        String regionName,
        String without,
        List<String> assessors,
        @JsonProperty("final") BigDecimal finalScore,
        BigDecimal actualFinal,
        BigDecimal difference,
        Map<String, BigDecimal> dimensions,
        Map<String, BigDecimal> actualDimensions,
        AssessedResult result) {}

package id.kotacerdas.analytics;

import id.kotacerdas.analytics.domain.AssessorCalibration;
import java.util.List;

/**
 * Every assessor's calibration in a period, over the submitted scores of {@code panels} panels, the most severe
 * first; {@code flagged} names those whose leaning lies outside the rest's interval (SEVERE or LENIENT).
 * {@code reconciliationSpread} is the spread from which a question counts as in reconciliation.
 */
public record CalibrationView(
        int year,
        String status,
        int panels,
        int reconciliationSpread,
        List<String> flagged,
        List<AssessorCalibration> assessors) {}

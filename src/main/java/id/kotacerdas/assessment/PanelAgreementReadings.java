package id.kotacerdas.assessment;

import java.util.Map;

/**
 * The agreement between the assessors of each region's panel in a period, for the tracking dashboard; the analytics
 * module answers it (it reads the scores from this module, which therefore cannot ask it directly).
 */
public interface PanelAgreementReadings {

    /** Per region code, its panel's agreement; a region whose panel has no alpha (yet) is absent. */
    Map<String, AgreementReading> of(int year);
}

package id.kotacerdas.award;

import java.util.Map;

/**
 * What an award of a period can rank and who can compete, by code with names, for forms: the instrument's
 * dimensions, the smart dimensions with Outcome questions, the tracks.
 */
public record AwardOptions(
        Map<String, String> dimensions, Map<String, String> smartDimensions, Map<String, String> tracks) {}

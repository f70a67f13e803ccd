package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.FollowUp;

/** A monitoring report's recommendation to a named agency, and its follow-up. */
public record Recommendation(
        long id, int year, Integer semester, String agency, String text, FollowUp status, String followUp) {}

package id.kotacerdas.assessment;

import java.util.List;

/**
 * A region's panel and the scores the reader may see: an assessor sees only their own until they have
 * submitted their scoring; administrators see all. {@code reconciliation} lists the questions whose
 * scores spread by 2 or more.
 */
public record PanelScores(
        int year,
        String regionCode,
        List<String> members,
        List<String> submitted,
        List<AssessorScoreView> scores,
        List<Integer> reconciliation) {}

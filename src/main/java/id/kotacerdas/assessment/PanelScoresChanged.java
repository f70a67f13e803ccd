package id.kotacerdas.assessment;

import id.kotacerdas.shared.cluster.ClusterEvent;

/**
 * Published when the scores that count in a period changed: an assessor submitted, revised a submitted score or had
 * their submission reopened. What was derived from the submitted scores (the panels' agreement, the assessors'
 * calibration) is stale, on every instance.
 */
public record PanelScoresChanged(int year) implements ClusterEvent {}

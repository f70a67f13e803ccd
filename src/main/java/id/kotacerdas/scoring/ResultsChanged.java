package id.kotacerdas.scoring;

import id.kotacerdas.shared.cluster.ClusterEvent;

/**
 * Published when a period's stored results changed: a published table was imported, the period was
 * finalized, or a result was corrected. Whatever was derived from them (the national table) is stale, on every instance.
 */
public record ResultsChanged(int year) implements ClusterEvent {}

package id.kotacerdas.instrument;

import id.kotacerdas.shared.cluster.ClusterEvent;

/**
 * Published after the weights, questions, participants or status of a period changed (or a period was created);
 * relayed to every instance, whose caches of the period forget it.
 */
public record InstrumentChanged(int year) implements ClusterEvent {}

package id.kotacerdas.monitoring;

import id.kotacerdas.shared.cluster.ClusterEvent;

/** A masterplan's items or figures changed: what was computed from them for its years is forgotten. */
record MasterplanChanged(long plan, int startYear, int endYear) implements ClusterEvent {}

package id.kotacerdas.survey;

import id.kotacerdas.shared.cluster.ClusterEvent;

/** Published after the statements or the quota of a period's survey changed (relayed to every instance). */
record SurveyChanged(int year) implements ClusterEvent {}

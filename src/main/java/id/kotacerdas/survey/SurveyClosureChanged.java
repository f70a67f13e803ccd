package id.kotacerdas.survey;

import id.kotacerdas.shared.cluster.ClusterEvent;

/** Published after a region's survey in the period was closed or reopened (relayed to every instance). */
record SurveyClosureChanged(int year) implements ClusterEvent {}

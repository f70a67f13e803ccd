package id.kotacerdas.survey;

/** Published after the statements or the quota of a period's survey changed. */
record SurveyChanged(int year) {}

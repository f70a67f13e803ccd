package id.kotacerdas.instrument;

/** Published after the weights, questions, participants or status of a period changed. */
public record InstrumentChanged(int year) {}

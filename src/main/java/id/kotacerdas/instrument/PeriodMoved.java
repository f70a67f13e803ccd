package id.kotacerdas.instrument;

/**
 * Published inside the transaction that moved a period to its next stage, for whoever wants to know (it
 * vetoes nothing: finalization, which may refuse the move, is the {@link ResultsFinalization} port).
 */
public record PeriodMoved(int year, PeriodStatus from, PeriodStatus to, String actor) {}

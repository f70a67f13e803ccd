package id.kotacerdas.instrument;

/**
 * Published inside the transaction that moves a period to its next stage; a listener that fails rolls
 * the move back (finalization computes and freezes every region's result).
 */
public record PeriodMoved(int year, String from, String to, String actor) {}

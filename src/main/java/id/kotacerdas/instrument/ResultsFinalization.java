package id.kotacerdas.instrument;

/**
 * Computes and freezes every participant's result when a period moves to FINALIZED. The instrument module
 * declares it and the scoring module implements it, so instrument knows nothing of scores. It runs inside
 * the move's transaction: a refusal (a {@code DomainException}) leaves the period where it was.
 */
public interface ResultsFinalization {

    void finalizeResults(int year, String actor);
}

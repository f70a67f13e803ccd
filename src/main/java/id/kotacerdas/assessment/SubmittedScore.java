package id.kotacerdas.assessment;

/** One score that counts: an assessor who submitted their scoring gave question {@code no} of the region this score. */
public record SubmittedScore(String regionCode, String assessor, int no, int score) {}

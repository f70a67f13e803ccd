package id.kotacerdas.assessment;

/** One assessor's score of one question, with the note and the version to send back. */
public record AssessorScoreView(int no, String assessor, int score, String note, int version) {}

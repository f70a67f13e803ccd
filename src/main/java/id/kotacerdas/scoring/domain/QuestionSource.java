package id.kotacerdas.scoring.domain;

/** Where a question's score comes from. */
public enum QuestionSource {
    /** The mean of the panel's assessors' scores. */
    ASSESSORS,
    /** The mean of the citizens' counted survey answers (Impact questions whose smart dimension met its quota). */
    SURVEY,
    /** Given as it is, e.g. read from a published score sheet. */
    GIVEN
}

package id.kotacerdas.survey;

/** Where a response's answers were collected: by the respondent online, or on paper or at a service counter. */
public enum ResponseSource {
    ONLINE,
    PAPER,
    COUNTER
}

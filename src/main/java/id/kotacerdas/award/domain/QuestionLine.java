package id.kotacerdas.award.domain;

/** A question of the period's instrument, as far as awards need it: its number, dimension and headings. */
public record QuestionLine(int no, String dimension, String indicator, String subIndicator) {}

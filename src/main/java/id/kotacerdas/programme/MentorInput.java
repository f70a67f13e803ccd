package id.kotacerdas.programme;

import java.time.LocalDate;

/** A mentor as an administrator assigns one: the assessor's username, from when, until when (null: open). */
public record MentorInput(String username, LocalDate from, LocalDate to) {}

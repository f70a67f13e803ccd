package id.kotacerdas.programme.domain;

import java.time.LocalDate;

/** A masterplan-writing milestone of a cohort: its number in order (1, 2, ...), its name, when it is due (or not). */
public record Milestone(int no, String name, LocalDate dueOn) {}

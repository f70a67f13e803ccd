package id.kotacerdas.assessment;

import java.time.OffsetDateTime;

/** A note of the stage I consultation (June): consultative, without scores. */
public record ConsultationNoteView(long id, String author, String note, OffsetDateTime createdAt) {}

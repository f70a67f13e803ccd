package id.kotacerdas.assessment;

import java.time.OffsetDateTime;

/** One finding of an assessor (KEKUATAN, KELEMAHAN or REKOMENDASI), signed with name and affiliation. */
public record FindingView(
        long id,
        String kind,
        String text,
        String assessor,
        String name,
        String affiliation,
        OffsetDateTime createdAt) {}

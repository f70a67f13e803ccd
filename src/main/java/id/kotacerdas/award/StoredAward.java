package id.kotacerdas.award;

import id.kotacerdas.award.domain.AwardDefinition;
import id.kotacerdas.award.domain.AwardStatus;
import java.time.OffsetDateTime;

/** An award category as stored: its definition and where it stands, without its winners. */
record StoredAward(
        long id,
        int year,
        AwardDefinition definition,
        AwardStatus status,
        String juryNote,
        Integer competitors,
        String confirmedBy,
        OffsetDateTime confirmedAt,
        String publishedBy,
        OffsetDateTime publishedAt) {}

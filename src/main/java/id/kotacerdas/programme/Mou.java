package id.kotacerdas.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A selected region's memorandum of understanding with the ministry: its number and the date it was signed (the
 * signed document itself is not kept yet).
 */
public record Mou(String regionCode, String number, LocalDate signedOn, String recordedBy, OffsetDateTime recordedAt) {

    public boolean recorded() {
        return number != null;
    }
}
